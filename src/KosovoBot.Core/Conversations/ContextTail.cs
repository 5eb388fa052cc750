namespace KosovoBot.Core.Conversations;

/// <summary>
/// The " (context: ...)" tail the follow-up rewriter adds to a question it could not make standalone: it helps the
/// search, but it is the rewriter's working, not a wording anyone asked.
/// </summary>
internal static class ContextTail
{
    /// <summary>Where the tail starts.</summary>
    public const string Marker = " (context: ";

    /// <summary><paramref name="reading"/> without its tail, or as it is when it has none.</summary>
    public static string Without(string reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var at = reading.IndexOf(Marker, StringComparison.Ordinal);
        return at > 0 ? reading[..at] : reading;
    }
}
