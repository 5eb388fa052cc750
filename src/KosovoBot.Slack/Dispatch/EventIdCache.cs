namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// Remembers the last <c>capacity</c> handled ids (event ids, envelope ids) so redeliveries are dropped; the
/// oldest id is forgotten first, so memory stays bounded.
/// </summary>
internal sealed class EventIdCache(int capacity)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time <paramref name="id"/> is seen; false for a repeat.</summary>
    public bool TryAdd(string id)
    {
        lock (_lock)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
