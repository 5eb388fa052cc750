using System.Text;
using KosovoBot;
using KosovoBot.Cli;
using KosovoBot.ConsoleChat;

if (!CommandLineApp.IsVerbInvocation(args))
{
    return await BotProgram.RunAsync(args, new ConsoleStreams(Console.In, Console.Out, Console.Error));
}

// A verb writes through a buffer flushed when it says so (once per answer in a batch) and at the end, instead of
// Console.Out's flush on every write.
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024)
{
    AutoFlush = false,
};
await using (output.ConfigureAwait(false))
{
    try
    {
        return await BotProgram.RunAsync(args, new ConsoleStreams(Console.In, output, Console.Error));
    }
    finally
    {
        await output.FlushAsync();
    }
}
