using KosovoBot;
using KosovoBot.ConsoleChat;

return await BotProgram.RunAsync(args, new ConsoleStreams(Console.In, Console.Out, Console.Error));
