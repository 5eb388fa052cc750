namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// A thread-safe map of ids that keeps at most <c>capacity</c> entries: past that, the one added longest ago is
/// forgotten.
/// </summary>
internal sealed class BoundedMap(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>The value of <paramref name="key"/>, or null when it is not known.</summary>
    public string? Find(string? key)
    {
        if (key is null)
        {
            return null;
        }

        lock (_lock)
        {
            return _values.GetValueOrDefault(key);
        }
    }

    /// <summary>Adds <paramref name="key"/> unless it is already known.</summary>
    public void TryAdd(string key, string value) => Put(key, value, replace: false);

    /// <summary>Adds <paramref name="key"/>, or replaces its value (keeping its place in the order).</summary>
    public void Set(string key, string value) => Put(key, value, replace: true);

    private void Put(string key, string value, bool replace)
    {
        lock (_lock)
        {
            if (_values.TryAdd(key, value))
            {
                _order.Enqueue(key);
                while (_order.Count > capacity)
                {
                    _values.Remove(_order.Dequeue());
                }
            }
            else if (replace)
            {
                _values[key] = value;
            }
        }
    }
}
