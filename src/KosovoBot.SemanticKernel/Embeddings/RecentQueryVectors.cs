namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// The query vectors of the last few searches, or that the endpoint gave none, for a few seconds. One answer
/// searches its question more than once (the extractive answerer for its candidates, then the LLM answerer for the
/// statements it gives the model); this keeps that at one embeddings call, and at one wait when the endpoint is slow.
/// Thread-safe.
/// </summary>
internal sealed class RecentQueryVectors(TimeProvider timeProvider)
{
    /// <summary>Long enough to cover the searches of one answer, short enough that a recovered endpoint is used again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    /// <summary>Concurrent questions each keep their entry; a handful is plenty.</summary>
    public const int Capacity = 32;

    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    /// <summary>
    /// True when <paramref name="query"/> was embedded within <see cref="Lifetime"/>; <paramref name="vector"/> is then
    /// its vector, or null when the endpoint gave none.
    /// </summary>
    public bool TryGet(string query, out float[]? vector)
    {
        lock (_gate)
        {
            Expire();
            var entry = _entries.Find(e => string.Equals(e.Query, query, StringComparison.Ordinal));
            vector = entry?.Vector;
            return entry is not null;
        }
    }

    /// <summary>Remembers the vector of <paramref name="query"/>, or null when the endpoint gave none.</summary>
    public void Remember(string query, float[]? vector)
    {
        lock (_gate)
        {
            Expire();
            _entries.RemoveAll(e => string.Equals(e.Query, query, StringComparison.Ordinal));
            _entries.Add(new Entry(query, vector, timeProvider.GetTimestamp()));
            if (_entries.Count > Capacity)
            {
                _entries.RemoveAt(0);
            }
        }
    }

    private void Expire()
    {
        var now = timeProvider.GetTimestamp();
        _entries.RemoveAll(e => timeProvider.GetElapsedTime(e.Added, now) >= Lifetime);
    }

    private sealed record Entry(string Query, float[]? Vector, long Added);
}
