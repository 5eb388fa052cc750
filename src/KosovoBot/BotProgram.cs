using KosovoBot.Cli;
using KosovoBot.ConsoleChat;
using KosovoBot.Hosting;

namespace KosovoBot;

/// <summary>Chooses between a one-shot command-line verb and the long-running chat host.</summary>
internal static class BotProgram
{
    /// <summary>Runs a verb when the first argument names one, otherwise the hosted worker; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, ConsoleStreams streams) =>
        CommandLineApp.IsVerbInvocation(args)
            ? CommandLineApp.RunAsync(args, streams)
            : WorkerHost.RunAsync(args, streams);
}
