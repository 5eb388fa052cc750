using System.CommandLine;
using System.CommandLine.Parsing;

namespace KosovoBot.Cli;

/// <summary>Options shared by several verbs.</summary>
internal static class CommonOptions
{
    /// <summary><c>--json</c>: machine-readable output as the product's JSON contract gives it.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Write JSON (the documented contract) instead of text." };

    /// <summary>
    /// Refuses words that look like options but are none (<c>ask --bogus</c>), which free-text arguments would
    /// otherwise swallow as part of the question.
    /// </summary>
    public static void RejectUnknownOptions(Command command, Argument<string[]> words)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Validators.Add(result =>
        {
            foreach (var word in result.GetValue(words) ?? [])
            {
                if (word.StartsWith('-') && word.Length > 1 && !char.IsDigit(word[1]))
                {
                    result.AddError($"Unrecognized option '{word}'.");
                }
            }
        });
    }
}
