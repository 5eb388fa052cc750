namespace KosovoBot.Core.SharedState;

/// <summary>
/// Claimed ids in this process's memory: each kept for its time to live, and at most <see cref="Capacity"/> of them
/// (the oldest claim is forgotten first), so memory stays bounded.
/// </summary>
public sealed class InMemoryEventDeduplicator(TimeProvider time) : IEventDeduplicator
{
    /// <summary>The most ids remembered at once.</summary>
    public const int Capacity = 16_384;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <inheritdoc />
    public ValueTask<bool> TryClaimAsync(string id, TimeSpan ttl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ValueTask.FromResult(TryClaim(id, ttl));
    }

    /// <summary>The synchronous claim, for callers that keep a local fallback.</summary>
    public bool TryClaim(string id, TimeSpan ttl)
    {
        var now = time.GetUtcNow();
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

            _expiries[id] = now + ttl;
            while (_order.Count > Capacity || (_order.Count > 0 && _expiries[_order.Peek()] <= now))
            {
                _expiries.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
