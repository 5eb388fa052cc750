using System.Globalization;
using KosovoBot.Core.SharedState;
using StackExchange.Redis;

namespace KosovoBot.Redis;

/// <summary>
/// Spaces an action across processes: the key holds when it was last entered (by the enterer's clock) and expires
/// soon after the interval; entering replaces that time only if nobody replaced it meanwhile (WATCH / MULTI / EXEC,
/// or SET NX when there is none). While the server is unreachable the action is spaced within this process.
/// </summary>
public sealed class RedisIntervalLock(RedisConnection redis, TimeProvider time) : IIntervalLock
{
    private const int Attempts = 5;
    private readonly InMemoryIntervalLock _local = new(time);

    /// <inheritdoc />
    public async ValueTask<TimeSpan> TryEnterAsync(string name, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = redis.Key("lock:" + name);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wait = await redis.RunAsync(db => TryEnterAsync(db, key, interval), () => (TimeSpan?)_local.TryEnter(name, interval));
            if (wait is { } known)
            {
                if (known == TimeSpan.Zero)
                {
                    _local.TryEnter(name, interval);
                }

                return known;
            }

            // Another process entered between the read and the write: read again.
        }

        return interval;
    }

    /// <summary>Zero when entered, the time left when someone else entered within the interval, null when raced.</summary>
    private async Task<TimeSpan?> TryEnterAsync(IDatabase db, RedisKey key, TimeSpan interval)
    {
        var now = time.GetUtcNow();
        var current = await db.StringGetAsync(key);
        if (current.HasValue && long.TryParse(current.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            var next = new DateTimeOffset(ticks, TimeSpan.Zero) + interval;
            if (next > now)
            {
                return next - now;
            }
        }

        var value = now.UtcTicks.ToString(CultureInfo.InvariantCulture);
        var expiry = interval + interval;
        if (!current.HasValue)
        {
            return await db.StringSetAsync(key, value, expiry, When.NotExists) ? TimeSpan.Zero : null;
        }

        // SET ... IFEQ (Redis 8.4) would do this in one command, but Garnet and older Redis servers lack it; WATCH works on all.
#pragma warning disable SER301
        var transaction = db.CreateTransaction();
        transaction.AddCondition(Condition.StringEqual(key, current));
        _ = transaction.StringSetAsync(key, value, expiry);
#pragma warning restore SER301
        return await transaction.ExecuteAsync() ? TimeSpan.Zero : null;
    }
}
