namespace KosovoBot.Discord.Gateway;

/// <summary>What survives a reconnect of one shard: the session to resume, the last sequence number, the last identify.</summary>
/// <param name="shardId">The shard, from 0.</param>
/// <param name="shardCount">How many shards the bot has in all.</param>
internal sealed class ShardSession(int shardId, int shardCount)
{
    private readonly Lock _lock = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private int? _sequence;
    private DateTimeOffset? _lastIdentifyAt;

    public int ShardId { get; } = shardId;

    public int ShardCount { get; } = shardCount;

    /// <summary>How the shard's connection reports to /readyz and the logs: <c>shard 3</c>.</summary>
    public string ConnectionName { get; } = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"shard {shardId}");

    /// <summary>The <c>shard</c> field of an Identify.</summary>
    public IReadOnlyList<int> Shard => [ShardId, ShardCount];

    public string? SessionId
    {
        get { lock (_lock) { return _sessionId; } }
    }

    public Uri? ResumeUrl
    {
        get { lock (_lock) { return _resumeUrl; } }
    }

    public int? Sequence
    {
        get { lock (_lock) { return _sequence; } }
    }

    /// <summary>When this shard last sent an Identify.</summary>
    public DateTimeOffset? LastIdentifyAt
    {
        get { lock (_lock) { return _lastIdentifyAt; } }
    }

    public bool CanResume
    {
        get { lock (_lock) { return _sessionId is not null && _resumeUrl is not null; } }
    }

    public void OnReady(string sessionId, Uri resumeUrl)
    {
        lock (_lock)
        {
            _sessionId = sessionId;
            _resumeUrl = resumeUrl;
        }
    }

    public void OnIdentifying(DateTimeOffset at)
    {
        lock (_lock)
        {
            _lastIdentifyAt = at;
        }
    }

    /// <summary>
    /// Records <paramref name="sequence"/> and says whether it is new. A resume replays what the server thinks
    /// was missed; anything at or below the last sequence was handled already.
    /// </summary>
    public bool TryAdvance(int sequence)
    {
        lock (_lock)
        {
            if (_sequence is { } last && sequence <= last)
            {
                return false;
            }

            _sequence = sequence;
            return true;
        }
    }

    /// <summary>Forgets the session so that the next connection identifies anew.</summary>
    public void ClearSession()
    {
        lock (_lock)
        {
            _sessionId = null;
            _resumeUrl = null;
            _sequence = null;
        }
    }
}
