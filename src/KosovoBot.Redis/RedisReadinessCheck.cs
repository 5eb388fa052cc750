using KosovoBot.Core.Health;
using KosovoBot.Core.SharedState;

namespace KosovoBot.Redis;

/// <summary>
/// <c>/readyz</c>'s view of the shared store: not ready while Redis does not answer, so that an orchestrator sees a
/// replica that de-duplicates and keeps conversations only in its own memory.
/// </summary>
internal sealed class RedisReadinessCheck(ISharedStateHealth health) : IReadinessCheck
{
    /// <inheritdoc />
    public string Name => "redis";

    /// <inheritdoc />
    public ValueTask<ReadinessResult> CheckAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(health.IsReachable
            ? ReadinessResult.Ready("reachable")
            : ReadinessResult.NotReady("unreachable; events and conversations kept in this process's memory"));
}
