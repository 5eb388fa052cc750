namespace KosovoBot.Core.SharedState;

/// <summary>
/// Says which replica answers an event that several may receive (a Slack event and its retries, a Discord message
/// or interaction replayed on a resume): the first claim of an id wins, later claims of it are refused until it
/// expires. The default keeps the ids in this process's memory; with <c>Redis:Connection</c> they are shared.
/// </summary>
public interface IEventDeduplicator
{
    /// <summary>
    /// Claims <paramref name="id"/> (e.g. <c>slack:event:Ev123</c>) for the implementation's time to live (an hour by
    /// default: Slack retries within minutes, Discord replays on a resume): true the first time, false when it was
    /// already claimed, by this process or another.
    /// </summary>
    ValueTask<bool> TryClaimAsync(string id, CancellationToken cancellationToken);
}
