namespace KosovoBot.Core.Control;

/// <summary>Which gaps a report covers: a platform's, one server's of it, or (fields left null) every one.</summary>
/// <param name="Platform">The adapter, or null for every platform.</param>
/// <param name="ServerId">The guild or workspace, or null for every server (DMs and the console included).</param>
public sealed record GapFilter(string? Platform = null, string? ServerId = null)
{
    /// <summary>True when <paramref name="question"/> was asked where this filter looks.</summary>
    public bool Matches(GapQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return (Platform is null || string.Equals(question.Platform, Platform, StringComparison.Ordinal))
            && (ServerId is null || string.Equals(question.ServerId, ServerId, StringComparison.Ordinal));
    }
}
