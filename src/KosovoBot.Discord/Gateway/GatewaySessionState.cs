namespace KosovoBot.Discord.Gateway;

/// <summary>
/// Who the bot is, as the first READY of any shard says: its user id and its application id. What each shard's
/// session keeps for a resume is in its <see cref="ShardSession"/>.
/// </summary>
internal sealed class GatewaySessionState
{
    private readonly TaskCompletionSource<string> _applicationId = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _selfUserId;

    public string? SelfUserId => _selfUserId;

    /// <summary>Completes with the application id from the first READY.</summary>
    public Task<string> ApplicationId => _applicationId.Task;

    public void OnReady(string selfUserId, string? applicationId)
    {
        _selfUserId = selfUserId;
        _applicationId.TrySetResult(applicationId ?? selfUserId);
    }
}
