namespace KosovoBot.Core.Control;

/// <summary>
/// Counters for the question limits. A window starts at a key's first hit and lasts <c>window</c>; the next hit after
/// it starts a new one. Kept in the store, so a restart does not reset them.
/// </summary>
public interface IRateCounters
{
    /// <summary>Counts one hit on <paramref name="key"/> at <paramref name="now"/> and returns the window's state.</summary>
    Task<RateWindow> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The window's state at <paramref name="now"/> without counting a hit (count 0 when none is open).</summary>
    Task<RateWindow> PeekAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken);
}
