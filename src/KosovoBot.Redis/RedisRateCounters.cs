using System.Globalization;
using KosovoBot.Core.Control;
using StackExchange.Redis;

namespace KosovoBot.Redis;

/// <summary>
/// Limit counters in Redis, so that a user's questions count once whichever replica answers them. A key holds when
/// its window ends and its count (<c>ticks|count</c>); a hit replaces it only if nobody did meanwhile (WATCH / MULTI /
/// EXEC, or SET NX for a new key), and the key expires once its window is long over. While the server is unreachable
/// this replica counts alone.
/// </summary>
public sealed class RedisRateCounters(RedisConnection redis) : IRateCounters
{
    private const int Attempts = 10;
    private readonly InMemoryRateCounters _local = new();

    /// <inheritdoc />
    public async Task<RateWindow> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (reached, counted) = await redis.RunAsync(
                async db => (true, await TryHitAsync(db, Key(key), window, now)),
                static () => (false, (RateWindow?)null));
            if (!reached)
            {
                return await _local.HitAsync(key, window, now, cancellationToken);
            }

            if (counted is { } result)
            {
                return result;
            }

            // Another replica counted a hit on the same key between the read and the write: read again.
        }

        return await _local.HitAsync(key, window, now, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RateWindow> PeekAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (reached, stored) = await redis.RunAsync(
            async db => (true, (string?)await db.StringGetAsync(Key(key))),
            static () => (false, (string?)null));
        if (!reached)
        {
            return await _local.PeekAsync(key, window, now, cancellationToken);
        }

        return Parse(stored) is { } open && now < open.ResetsAt ? open : new RateWindow(0, now);
    }

    private static async Task<RateWindow?> TryHitAsync(IDatabase db, RedisKey key, TimeSpan window, DateTimeOffset now)
    {
        var current = await db.StringGetAsync(key);
        var open = Parse(current);
        var next = open is { } running && now < running.ResetsAt
            ? running with { Count = running.Count + 1 }
            : new RateWindow(1, now + window);
        var value = string.Create(CultureInfo.InvariantCulture, $"{next.ResetsAt.UtcTicks}|{next.Count}");

        // Kept a window past its end, so a replica whose clock runs a little behind still sees it.
        var expiry = next.ResetsAt - now + window;
        if (current.IsNull)
        {
            return await db.StringSetAsync(key, value, expiry, When.NotExists) ? next : null;
        }

#pragma warning disable SER301
        var transaction = db.CreateTransaction();
        transaction.AddCondition(Condition.StringEqual(key, current));
        _ = transaction.StringSetAsync(key, value, expiry);
#pragma warning restore SER301
        return await transaction.ExecuteAsync() ? next : null;
    }

    private static RateWindow? Parse(RedisValue stored)
    {
        var text = (string?)stored;
        var bar = text?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar > 0
            && long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && int.TryParse(text.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? new RateWindow(count, new DateTimeOffset(ticks, TimeSpan.Zero))
            : null;
    }

    private RedisKey Key(string key) => redis.Key("rate:" + key);
}
