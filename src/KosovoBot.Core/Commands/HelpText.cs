using KosovoBot.Core.Text;

namespace KosovoBot.Core.Commands;

/// <summary>Usage lines shared by the help command and usage errors (worded in <c>BotMessages</c>).</summary>
public static class HelpText
{
    /// <summary>How to ask.</summary>
    public static string AskUsage => BotMessages.HelpAsk;

    /// <summary>How to list dates.</summary>
    public static string DeadlinesUsage => BotMessages.HelpDeadlines;

    /// <summary>How to look up quotes.</summary>
    public static string QuoteUsage => BotMessages.HelpQuote;

    /// <summary>How to list sources.</summary>
    public static string SourcesUsage => BotMessages.HelpSources;

    /// <summary>How to get help.</summary>
    public static string HelpUsage => BotMessages.HelpHelp;

    /// <summary>What admins can do with <c>/kosovobot</c>, in one line.</summary>
    public static string ManageUsage => BotMessages.HelpManage;

    /// <summary>Every usage line, in the order help shows them.</summary>
    public static IReadOnlyList<string> AllUsages => [AskUsage, DeadlinesUsage, QuoteUsage, SourcesUsage, HelpUsage, ManageUsage];

    /// <summary>The <c>/kosovobot</c> subcommands, one line each.</summary>
    public static IReadOnlyList<string> ManageUsages =>
    [
        BotMessages.ManageUsageChannel, BotMessages.ManageUsageLimits, BotMessages.ManageUsageFeedback,
        BotMessages.ManageUsageShow, BotMessages.ManageUsageGaps, BotMessages.ManageUsageAudit,
    ];
}
