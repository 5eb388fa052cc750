namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// The ids of the last few thousand handled messages and interactions. Discord may deliver an event more
/// than once (a resume replays what it thinks was missed); an id seen before is not answered again.
/// </summary>
internal sealed class RecentIds
{
    private const int Capacity = 4096;
    private readonly Lock _lock = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Records <paramref name="id"/>; false when it was already there.</summary>
    public bool TryAdd(string id)
    {
        lock (_lock)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
