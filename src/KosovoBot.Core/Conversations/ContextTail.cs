namespace KosovoBot.Core.Conversations;

/// <summary>
/// The " (context: ...)" tail the follow-up rewriter adds to a question it could not make standalone: it helps the
/// search, but it is the rewriter's working, not a wording anyone asked.
/// </summary>
public static class ContextTail
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

    /// <summary>Where <paramref name="reading"/>'s own words end: the start of its tail, or its length when it has none.</summary>
    public static int OwnLength(string reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var at = reading.IndexOf(Marker, StringComparison.Ordinal);
        return at > 0 ? at : reading.Length;
    }

    /// <summary>
    /// The earlier question <paramref name="reading"/>'s tail carries, as that turn was understood without a tail of its
    /// own: the latest of <paramref name="history"/> the tail starts with; null when there is no tail or no such turn.
    /// </summary>
    public static string? Follows(string reading, IReadOnlyList<ConversationTurn> history)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(history);
        var at = reading.IndexOf(Marker, StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var tail = reading[(at + Marker.Length)..];
        return history
            .Select(static t => Without(t.Standalone).Trim())
            .LastOrDefault(asked => asked.Length > 0 && tail.StartsWith(asked, StringComparison.Ordinal));
    }
}
