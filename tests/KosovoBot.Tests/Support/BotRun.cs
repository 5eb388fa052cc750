namespace KosovoBot.Tests.Support;

/// <summary>What one run of the bot printed and returned.</summary>
internal sealed record BotRun(int ExitCode, string Output, string Error)
{
    /// <summary>The non-empty lines of standard output.</summary>
    public IReadOnlyList<string> Lines =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
