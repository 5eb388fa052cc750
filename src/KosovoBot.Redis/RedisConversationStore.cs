using System.Text.Json;
using KosovoBot.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KosovoBot.Redis;

/// <summary>
/// Conversations in Redis, so that a follow-up answered by another replica keeps its context: one list per
/// conversation (<c>RPUSH</c>, trimmed to <see cref="ConversationOptions.MaxTurns"/> with <c>LTRIM</c>, expiring
/// <see cref="ConversationOptions.Ttl"/> after the last turn with <c>PEXPIRE</c>). Every turn is also kept in this
/// process's memory, which answers alone while the server is unreachable.
/// </summary>
public sealed class RedisConversationStore(
    RedisConnection redis,
    IOptions<ConversationOptions> options,
    TimeProvider time,
    ILogger<RedisConversationStore> logger) : IConversationStore
{
    private readonly InMemoryConversationStore _local = new(options, time);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConversationTurn>> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var stored = await redis.RunAsync<RedisValue[]?>(db => db.ListRangeAsync(Key(conversationId))!, static () => null);
        if (stored is null)
        {
            return await _local.GetAsync(conversationId, cancellationToken);
        }

        var turns = new List<ConversationTurn>(stored.Length);
        foreach (var value in stored)
        {
            try
            {
                if (JsonSerializer.Deserialize((string)value!, StoredTurnJsonContext.Default.StoredTurn) is { } turn)
                {
                    turns.Add(turn.ToTurn());
                }
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
            {
                Log.UnreadableTurn(logger, ex);
            }
        }

        return turns;
    }

    /// <inheritdoc />
    public async Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(turn);
        await _local.AppendAsync(conversationId, turn, cancellationToken);
        var json = JsonSerializer.Serialize(StoredTurn.From(turn), StoredTurnJsonContext.Default.StoredTurn);
        var settings = options.Value;
        await redis.RunAsync(
            async db =>
            {
                var key = Key(conversationId);
                var batch = db.CreateBatch();
                var push = batch.ListRightPushAsync(key, json);
                var trim = batch.ListTrimAsync(key, -settings.MaxTurns, -1);
                var expire = batch.KeyExpireAsync(key, settings.Ttl);
                batch.Execute();
                await Task.WhenAll(push, trim, expire);
                return true;
            },
            static () => false);
    }

    /// <inheritdoc />
    public async Task ClearAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await _local.ClearAsync(conversationId, cancellationToken);
        await redis.RunAsync(db => db.KeyDeleteAsync(Key(conversationId)), static () => false);
    }

    private RedisKey Key(string conversationId) => redis.Key("conversation:" + conversationId);
}
