using KosovoBot.Core.SharedState;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// The handled messages and interactions. Discord may deliver an event more than once (a resume replays what it
/// thinks was missed, and during a rolling deploy two processes may briefly run the same shard); an id claimed
/// before, by this process or (through Redis) another, is not answered again.
/// </summary>
internal sealed class RecentIds(IEventDeduplicator claims)
{
    /// <summary>Claims <paramref name="id"/>; false when it was already claimed.</summary>
    public ValueTask<bool> TryAddAsync(string id, CancellationToken cancellationToken) =>
        claims.TryClaimAsync("discord:" + id, cancellationToken);
}
