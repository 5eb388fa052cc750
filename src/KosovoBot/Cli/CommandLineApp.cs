using System.CommandLine;
using KosovoBot.ConsoleChat;

namespace KosovoBot.Cli;

/// <summary>The one-shot verbs of the command line: ask, deadlines, quote, sources, knowledge check and import, reports.</summary>
internal static class CommandLineApp
{
    private const string Usage = """
        Usage:
          kosovobot                                  start the chat host (console chat when no platform is configured)
          kosovobot ask [--json] [--record] [QUESTION]
                                                     answer a question; without QUESTION, one question a line from standard input;
                                                     --record keeps the questions for the gap report
          kosovobot deadlines [--json]               dated events in date order
          kosovobot quote [--json] TERM              direct quotations by a speaker or containing a word
          kosovobot sources [--json]                 the articles
          kosovobot knowledge check                  how each knowledge file was cut into statements
          kosovobot knowledge import FILE [options]  turn a raw article into a knowledge file
          kosovobot report gaps [--json] [--since 7d] questions declined or given a thumbs-down, grouped by meaning
          kosovobot report audit [--json] [--since 30d]
                                                     every settings change, newest first
        Run 'kosovobot VERB --help' for the options of a verb.
        """;

    private static readonly HashSet<string> HelpOptions = new(StringComparer.OrdinalIgnoreCase) { "-h", "--help", "-?", "--version" };

    /// <summary>
    /// True when the first argument is a word (a verb, or a mistyped one that earns a usage error) or asks for help;
    /// no arguments, or settings such as <c>--Discord:Token=...</c>, start the chat host.
    /// </summary>
    public static bool IsVerbInvocation(string[] args) =>
        args.Length > 0 && (HelpOptions.Contains(args[0]) || (!args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal)));

    /// <summary>Parses and runs a verb; exit code 2 with a usage message when the command line is wrong.</summary>
    public static async Task<int> RunAsync(string[] args, ConsoleStreams streams)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["help", .. var rest])
        {
            args = [.. rest, "--help"];
        }

        var root = new RootCommand("KosovoBot answers questions about the news in its articles, with verbatim, attributed quotes.")
        {
            AskVerb.Create(streams),
            DeadlinesVerb.Create(streams),
            QuoteVerb.Create(streams),
            SourcesVerb.Create(streams),
            KnowledgeVerb.Create(streams),
            ReportVerb.Create(streams),
        };

        // No response files: "ask @KosovoBot how many..." is a question, and "ask @/some/file" must not read a file.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await streams.Error.WriteLineAsync(error.Message);
            }

            await streams.Error.WriteLineAsync(Usage);
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = streams.Output, Error = streams.Error });
    }
}
