namespace KosovoBot.Discord.Gateway;

/// <summary>What survives a reconnect: the session to resume, the last sequence number and who the bot is.</summary>
internal sealed class GatewaySessionState
{
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource<string> _applicationId = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _sessionId;
    private Uri? _resumeUrl;
    private int? _sequence;
    private string? _selfUserId;
    private DateTimeOffset? _lastIdentifyAt;

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

    public string? SelfUserId
    {
        get { lock (_lock) { return _selfUserId; } }
    }

    /// <summary>When this process last sent an Identify; Discord allows one per 5 seconds per identify bucket.</summary>
    public DateTimeOffset? LastIdentifyAt
    {
        get { lock (_lock) { return _lastIdentifyAt; } }
    }

    public bool CanResume
    {
        get { lock (_lock) { return _sessionId is not null && _resumeUrl is not null; } }
    }

    /// <summary>Completes with the application id from the first READY.</summary>
    public Task<string> ApplicationId => _applicationId.Task;

    public void OnReady(string sessionId, Uri resumeUrl, string selfUserId, string? applicationId)
    {
        lock (_lock)
        {
            _sessionId = sessionId;
            _resumeUrl = resumeUrl;
            _selfUserId = selfUserId;
        }

        _applicationId.TrySetResult(applicationId ?? selfUserId);
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
