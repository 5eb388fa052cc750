namespace KosovoBot.Core.SharedState;

/// <summary>
/// Whether the shared store behind <see cref="IEventDeduplicator"/>, <see cref="IIntervalLock"/> and the conversation
/// store is reachable right now. Registered only when a shared store (Redis) is configured; a readiness check that
/// finds none has nothing to wait for.
/// </summary>
public interface ISharedStateHealth
{
    /// <summary>True while the shared store answers; false while the bot runs on its local fallback.</summary>
    bool IsReachable { get; }
}
