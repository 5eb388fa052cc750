using System.Globalization;
using System.Text.Json;
using KosovoBot.Core.Control;
using StackExchange.Redis;

namespace KosovoBot.Redis;

/// <summary>
/// Settings in Redis, so every replica answers a channel the same way: one hash per scope, and the audit trail as two
/// sorted sets by time (every server, and the change's own server), written in one transaction with the value and only
/// if nobody changed the value meanwhile. While the server is unreachable this replica's own memory stands in.
/// </summary>
public sealed class RedisSettingsStore(RedisConnection redis) : ISettingsStore
{
    private const int Attempts = 10;
    private readonly InMemorySettingsStore _local = new();

    /// <inheritdoc />
    public async Task<string?> GetAsync(SettingScope scope, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(name);
        var (reached, value) = await redis.RunAsync(
            async db => (true, (string?)await db.HashGetAsync(ValuesKey(scope), name)),
            static () => (false, (string?)null));
        return reached ? value : await _local.GetAsync(scope, name, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> ListAsync(SettingScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var entries = await redis.RunAsync<HashEntry[]?>(db => db.HashGetAllAsync(ValuesKey(scope))!, static () => null);
        return entries is null
            ? await _local.ListAsync(scope, cancellationToken)
            : entries.ToDictionary(e => (string)e.Name!, e => (string)e.Value!, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<SettingChange> SetAsync(
        SettingScope scope, string name, string value, string actorUserId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(actorUserId);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (reached, change) = await redis.RunAsync(
                async db => (true, await TrySetAsync(db, scope, name, value, actorUserId, at)),
                static () => (false, (SettingChange?)null));
            if (!reached)
            {
                return await _local.SetAsync(scope, name, value, actorUserId, at, cancellationToken);
            }

            if (change is not null)
            {
                await _local.SetAsync(scope, name, value, actorUserId, at, cancellationToken);
                return change;
            }

            // Another admin changed the same setting between the read and the write: read again.
        }

        throw new InvalidOperationException($"The setting {name} changed {Attempts} times while it was being set; try again.");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SettingChange>> ListChangesAsync(
        SettingScope? server, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        var key = server is null ? redis.Key("audit") : AuditKey(server.Server);
        var from = since is { } start ? start.ToUnixTimeMilliseconds() : double.NegativeInfinity;
        var members = await redis.RunAsync<RedisValue[]?>(
            db => db.SortedSetRangeByScoreAsync(key, from, double.PositiveInfinity, Exclude.None, Order.Descending, 0, Math.Max(0, limit))!,
            static () => null);
        if (members is null)
        {
            return await _local.ListChangesAsync(server, since, limit, cancellationToken);
        }

        return [.. members
            .Select(m => JsonSerializer.Deserialize(Json((string)m!), StoredControlJsonContext.Default.StoredChange)!)
            .Where(c => since is null || c.At >= since)
            .OrderByDescending(c => c.At)
            .ThenByDescending(c => c.Sequence)
            .Select(c => c.ToChange())];
    }

    private async Task<SettingChange?> TrySetAsync(IDatabase db, SettingScope scope, string name, string value, string actor, DateTimeOffset at)
    {
        var values = ValuesKey(scope);
        var old = (string?)await db.HashGetAsync(values, name);
        var sequence = await db.StringIncrementAsync(redis.Key("audit:sequence"));
        var change = new SettingChange(scope, name, old, value, actor, at);

        // Members with the same score sort by their text: the zero-padded sequence first keeps them in order.
        var member = sequence.ToString("D19", CultureInfo.InvariantCulture) + " "
            + JsonSerializer.Serialize(StoredChange.From(sequence, change), StoredControlJsonContext.Default.StoredChange);
        var score = at.ToUnixTimeMilliseconds();
#pragma warning disable SER301
        var transaction = db.CreateTransaction();
        transaction.AddCondition(old is null ? Condition.HashNotExists(values, name) : Condition.HashEqual(values, name, old));
        _ = transaction.HashSetAsync(values, name, value);
        _ = transaction.SortedSetAddAsync(redis.Key("audit"), member, score);
        _ = transaction.SortedSetAddAsync(AuditKey(scope.Server), member, score);
#pragma warning restore SER301
        return await transaction.ExecuteAsync() ? change : null;
    }

    private static string Json(string member) => member[(member.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    private RedisKey ValuesKey(SettingScope scope) => redis.Key($"settings:{scope.Platform}:{scope.ServerId}:{scope.ChannelId ?? "*"}");

    private RedisKey AuditKey(SettingScope scope) => redis.Key($"audit:{scope.Platform}:{scope.ServerId}");
}
