namespace KosovoBot.Core.Commands;

/// <summary>Usage lines shared by the help command and usage errors.</summary>
public static class HelpText
{
    /// <summary>How to ask.</summary>
    public const string AskUsage = "/ask QUESTION: a short answer, then verbatim quotes with who said them.";

    /// <summary>How to list dates.</summary>
    public const string DeadlinesUsage = "/deadlines: the dated events in date order, past or upcoming.";

    /// <summary>How to look up quotes.</summary>
    public const string QuoteUsage = "/quote NAME or WORD: direct quotations by a speaker (a surname or a role is enough) or containing a word.";

    /// <summary>How to list sources.</summary>
    public const string SourcesUsage = "/sources: the articles I answer from.";

    /// <summary>How to get help.</summary>
    public const string HelpUsage = "/help: this text.";

    /// <summary>Every usage line, in the order help shows them.</summary>
    public static IReadOnlyList<string> AllUsages { get; } = [AskUsage, DeadlinesUsage, QuoteUsage, SourcesUsage, HelpUsage];
}
