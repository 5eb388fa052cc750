namespace KosovoBot.Core.Control;

/// <summary>Limit counters in memory: for tests and for a bot run without storage.</summary>
public sealed class InMemoryRateCounters : IRateCounters
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<RateWindow> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var (start, count) = _windows.TryGetValue(key, out var open) && now < open.Start + window ? open : (now, 0);
            _windows[key] = (start, count + 1);
            return Task.FromResult(new RateWindow(count + 1, start + window));
        }
    }

    /// <inheritdoc />
    public Task<RateWindow> PeekAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_windows.TryGetValue(key, out var open) && now < open.Start + window
                ? new RateWindow(open.Count, open.Start + window)
                : new RateWindow(0, now));
        }
    }
}
