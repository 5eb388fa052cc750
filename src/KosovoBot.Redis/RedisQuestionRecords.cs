using System.Text.Json;
using KosovoBot.Core.Control;
using StackExchange.Redis;

namespace KosovoBot.Redis;

/// <summary>
/// Question records and feedback in Redis, so a 👍/👎 or "Share in channel" handled by another replica finds the
/// record: each record a JSON string, each record's feedback a hash by user, and the gap candidates (declined, or given
/// a 👎) a sorted set by time, as is every record's id (so the records past <c>Storage:KeepQuestions</c> can be found
/// and forgotten). While the server is unreachable this replica's own memory stands in.
/// </summary>
public sealed class RedisQuestionRecords(RedisConnection redis) : IQuestionRecords, IForgettingQuestionRecords
{
    private readonly InMemoryQuestionRecords _local = new();

    /// <inheritdoc />
    public async Task RecordAsync(QuestionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = JsonSerializer.Serialize(record, StoredControlJsonContext.Default.QuestionRecord);
        var stored = await redis.RunAsync(
            async db =>
            {
                var batch = db.CreateBatch();
                var write = batch.StringSetAsync(RecordKey(record.Id), json, when: When.NotExists);
                var listed = batch.SortedSetAddAsync(RecordsKey, record.Id, record.At.ToUnixTimeMilliseconds(), When.NotExists);
                var gap = record.Answered ? Task.FromResult(true) : batch.SortedSetAddAsync(GapsKey, record.Id, record.At.ToUnixTimeMilliseconds());
                batch.Execute();
                await Task.WhenAll(write, listed, gap);
                return true;
            },
            static () => false);
        if (!stored)
        {
            await _local.RecordAsync(record, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<QuestionRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var (reached, json) = await redis.RunAsync(
            async db => (true, (string?)await db.StringGetAsync(RecordKey(id))),
            static () => (false, (string?)null));
        if (!reached || json is null)
        {
            // Also what this replica kept while the server was away.
            return await _local.FindAsync(id, cancellationToken);
        }

        return JsonSerializer.Deserialize(json, StoredControlJsonContext.Default.QuestionRecord);
    }

    /// <inheritdoc />
    public async Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var json = JsonSerializer.Serialize(feedback, StoredControlJsonContext.Default.AnswerFeedback);
        var stored = await redis.RunAsync(
            async db =>
            {
                await db.HashSetAsync(FeedbackKey(feedback.RecordId), feedback.UserId, json);
                if (!feedback.Helpful)
                {
                    // Listed at the question's time, so the report's "since" reads the same for both kinds.
                    var record = (string?)await db.StringGetAsync(RecordKey(feedback.RecordId));
                    var at = record is null ? feedback.At : JsonSerializer.Deserialize(record, StoredControlJsonContext.Default.QuestionRecord)!.At;
                    await db.SortedSetAddAsync(GapsKey, feedback.RecordId, at.ToUnixTimeMilliseconds());
                }

                return true;
            },
            static () => false);
        if (!stored)
        {
            await _local.RecordFeedbackAsync(feedback, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AnswerFeedback>> FeedbackForAsync(string recordId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var values = await redis.RunAsync<RedisValue[]?>(db => db.HashValuesAsync(FeedbackKey(recordId))!, static () => null);
        if (values is null)
        {
            return await _local.FeedbackForAsync(recordId, cancellationToken);
        }

        return [.. values.Select(v => JsonSerializer.Deserialize((string)v!, StoredControlJsonContext.Default.AnswerFeedback)!).OrderBy(f => f.At)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GapQuestion>> ListGapsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var gaps = await redis.RunAsync<List<GapQuestion>?>(db => ListGapsAsync(db, since), static () => null);
        return gaps ?? await _local.ListGapsAsync(since, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> ForgetBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var forgotten = await redis.RunAsync<int?>(db => ForgetBeforeAsync(db, cutoff.ToUnixTimeMilliseconds()), static () => null);
        return await _local.ForgetBeforeAsync(cutoff, cancellationToken) + (forgotten ?? 0);
    }

    private async Task<int?> ForgetBeforeAsync(IDatabase db, long cutoff)
    {
        var ids = await db.SortedSetRangeByScoreAsync(RecordsKey, double.NegativeInfinity, cutoff, Exclude.Stop);
        if (ids.Length > 0)
        {
            await db.KeyDeleteAsync([.. ids.SelectMany(id => new[] { RecordKey(id!), FeedbackKey(id!) })]);
            await db.SortedSetRemoveAsync(RecordsKey, ids);
        }

        await db.SortedSetRemoveRangeByScoreAsync(GapsKey, double.NegativeInfinity, cutoff, Exclude.Stop);
        return ids.Length;
    }

    private async Task<List<GapQuestion>?> ListGapsAsync(IDatabase db, DateTimeOffset since)
    {
        var ids = await db.SortedSetRangeByScoreAsync(GapsKey, since.ToUnixTimeMilliseconds(), double.PositiveInfinity);
        if (ids.Length == 0)
        {
            return [];
        }

        var records = (await db.StringGetAsync([.. ids.Select(id => RecordKey(id!))]))
            .Select(json => json.IsNull ? null : JsonSerializer.Deserialize((string)json!, StoredControlJsonContext.Default.QuestionRecord))
            .OfType<QuestionRecord>()
            .Where(record => record.At >= since)
            .ToList();

        // An answer stays a gap while anyone's latest feedback on it is a 👎 (a user may change their mind); the
        // feedback of every answer is asked for at once rather than one round trip each.
        var isGap = await Task.WhenAll(records.Select(async record =>
            !record.Answered || (await db.HashValuesAsync(FeedbackKey(record.Id)))
                .Any(v => JsonSerializer.Deserialize((string)v!, StoredControlJsonContext.Default.AnswerFeedback) is { Helpful: false })));
        return [.. records
            .Where((_, i) => isGap[i])
            .Select(record => new GapQuestion(record.UnderstoodAs ?? record.Question, record.At, !record.Answered, record.Platform, record.ServerId))
            .OrderBy(g => g.At)];
    }

    private RedisKey GapsKey => redis.Key("gaps");

    private RedisKey RecordsKey => redis.Key("questions");

    private RedisKey RecordKey(string id) => redis.Key("question:" + id);

    private RedisKey FeedbackKey(string id) => redis.Key("feedback:" + id);
}
