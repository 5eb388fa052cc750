using KosovoBot;

return await BotProgram.RunAsync(args, new ConsoleChat.ConsoleStreams(Console.In, Console.Out, Console.Error));
