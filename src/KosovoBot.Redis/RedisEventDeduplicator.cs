using KosovoBot.Core.SharedState;
using StackExchange.Redis;

namespace KosovoBot.Redis;

/// <summary>
/// Claims event ids with <c>SET key 1 NX PX ttl</c>, so that one replica answers each event. Every claim is also
/// kept in this process's memory, which answers alone while the server is unreachable.
/// </summary>
public sealed class RedisEventDeduplicator(RedisConnection redis, TimeProvider time) : IEventDeduplicator
{
    private readonly InMemoryEventDeduplicator _local = new(time, redis.EventTtl);

    /// <inheritdoc />
    public async ValueTask<bool> TryClaimAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var claimed = await redis.RunAsync(
            db => db.StringSetAsync(redis.Key("event:" + id), 1, redis.EventTtl, When.NotExists),
            () => _local.TryClaim(id));
        if (claimed)
        {
            // Remembered here too, so a retry during a later outage is still recognised by this replica.
            _local.TryClaim(id);
        }

        return claimed;
    }
}
