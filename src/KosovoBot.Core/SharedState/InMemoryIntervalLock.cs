namespace KosovoBot.Core.SharedState;

/// <summary>Spaces an action out within this process: remembers when each name was last entered.</summary>
public sealed class InMemoryIntervalLock(TimeProvider time) : IIntervalLock
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _entered = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<TimeSpan> TryEnterAsync(string name, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ValueTask.FromResult(TryEnter(name, interval));
    }

    /// <summary>The synchronous entry, for callers that keep a local fallback.</summary>
    public TimeSpan TryEnter(string name, TimeSpan interval)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_entered.TryGetValue(name, out var last) && last + interval > now)
            {
                return last + interval - now;
            }

            _entered[name] = now;
            return TimeSpan.Zero;
        }
    }
}
