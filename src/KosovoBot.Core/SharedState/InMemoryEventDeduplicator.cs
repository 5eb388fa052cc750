namespace KosovoBot.Core.SharedState;

/// <summary>
/// Claimed ids in this process's memory: each kept for its time to live, and at most <see cref="Capacity"/> of them
/// (the oldest claim is forgotten first), so memory stays bounded.
/// </summary>
public sealed class InMemoryEventDeduplicator : IEventDeduplicator
{
    /// <summary>The most ids remembered at once.</summary>
    public const int Capacity = 16_384;

    /// <summary>How long a claim is kept unless another time to live is given.</summary>
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromHours(1);

    private readonly TimeProvider _time;
    private readonly TimeSpan _ttl;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Claims kept for <see cref="DefaultTtl"/>.</summary>
    public InMemoryEventDeduplicator(TimeProvider time)
        : this(time, DefaultTtl)
    {
    }

    /// <summary>Claims kept for <paramref name="ttl"/>.</summary>
    public InMemoryEventDeduplicator(TimeProvider time, TimeSpan ttl)
    {
        _time = time;
        _ttl = ttl;
    }

    /// <inheritdoc />
    public ValueTask<bool> TryClaimAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ValueTask.FromResult(TryClaim(id));
    }

    /// <summary>The synchronous claim, for callers that keep a local fallback.</summary>
    public bool TryClaim(string id)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (_expiries.TryGetValue(id, out var expires) && expires > now)
            {
                return false;
            }

            if (!_expiries.ContainsKey(id))
            {
                _order.Enqueue(id);
            }

            _expiries[id] = now + _ttl;
            while (_order.Count > Capacity || (_order.Count > 0 && _expiries[_order.Peek()] <= now))
            {
                _expiries.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
