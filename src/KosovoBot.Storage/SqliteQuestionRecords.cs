using System.Text.Json;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Control;
using Microsoft.Data.Sqlite;

namespace KosovoBot.Storage;

/// <summary>Questions asked in chat, their replies and the feedback on them, in the SQLite file.</summary>
public sealed class SqliteQuestionRecords(SqliteDatabase database) : IQuestionRecords, IForgettingQuestionRecords
{
    private const string Columns =
        "id, at, platform, server, channel, user_id, question, understood_as, answered, declined, answer_text, confidence, citations, snapshot";

    /// <inheritdoc />
    public async Task RecordAsync(QuestionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO questions ({Columns}) VALUES
            ($id, $at, $platform, $server, $channel, $user, $question, $understood, $answered, $declined, $text, $confidence, $citations, $snapshot)
            ON CONFLICT (id) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$id", record.Id);
        command.Parameters.AddWithValue("$at", StoredTime.From(record.At));
        command.Parameters.AddWithValue("$platform", record.Platform);
        command.Parameters.AddWithValue("$server", Nullable(record.ServerId));
        command.Parameters.AddWithValue("$channel", record.ChannelId);
        command.Parameters.AddWithValue("$user", record.UserId);
        command.Parameters.AddWithValue("$question", record.Question);
        command.Parameters.AddWithValue("$understood", Nullable(record.UnderstoodAs));
        command.Parameters.AddWithValue("$answered", record.Answered);
        command.Parameters.AddWithValue("$declined", Nullable(record.Declined?.ToString()));
        command.Parameters.AddWithValue("$text", record.AnswerText);
        command.Parameters.AddWithValue("$confidence", record.Confidence is { } confidence ? confidence : DBNull.Value);
        command.Parameters.AddWithValue("$citations", JsonSerializer.Serialize(record.Citations, StoredJson.Default.IReadOnlyListCitedQuote));
        command.Parameters.AddWithValue("$snapshot", record.Snapshot);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<QuestionRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM questions WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (record_id, user_id, helpful, problem, comment, at) VALUES ($record, $user, $helpful, $problem, $comment, $at)
            ON CONFLICT (record_id, user_id) DO UPDATE SET
                helpful = excluded.helpful, problem = excluded.problem, comment = excluded.comment, at = excluded.at;
            """;
        command.Parameters.AddWithValue("$record", feedback.RecordId);
        command.Parameters.AddWithValue("$user", feedback.UserId);
        command.Parameters.AddWithValue("$helpful", feedback.Helpful);
        command.Parameters.AddWithValue("$problem", Nullable(feedback.Problem?.ToString()));
        command.Parameters.AddWithValue("$comment", Nullable(feedback.Comment));
        command.Parameters.AddWithValue("$at", StoredTime.From(feedback.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AnswerFeedback>> FeedbackForAsync(string recordId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT record_id, user_id, helpful, problem, comment, at FROM feedback WHERE record_id = $record ORDER BY at;";
        command.Parameters.AddWithValue("$record", recordId);
        var found = new List<AnswerFeedback>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new AnswerFeedback(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetBoolean(2),
                reader.IsDBNull(3) ? null : ParseOrNull<FeedbackProblem>(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                StoredTime.To(reader.GetInt64(5))));
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GapQuestion>> ListGapsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT coalesce(q.understood_as, q.question), q.at, q.answered, q.platform, q.server FROM questions q
            WHERE q.at >= $since
              AND (q.answered = 0 OR EXISTS (SELECT 1 FROM feedback f WHERE f.record_id = q.id AND f.helpful = 0))
            ORDER BY q.at;
            """;
        command.Parameters.AddWithValue("$since", StoredTime.From(since));
        var found = new List<GapQuestion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new GapQuestion(
                reader.GetString(0),
                StoredTime.To(reader.GetInt64(1)),
                !reader.GetBoolean(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<int> ForgetBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var feedback = connection.CreateCommand();
        feedback.Transaction = transaction;
        feedback.CommandText = "DELETE FROM feedback WHERE record_id IN (SELECT id FROM questions WHERE at < $cutoff);";
        feedback.Parameters.AddWithValue("$cutoff", StoredTime.From(cutoff));
        await feedback.ExecuteNonQueryAsync(cancellationToken);
        await using var questions = connection.CreateCommand();
        questions.Transaction = transaction;
        questions.CommandText = "DELETE FROM questions WHERE at < $cutoff;";
        questions.Parameters.AddWithValue("$cutoff", StoredTime.From(cutoff));
        var forgotten = await questions.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return forgotten;
    }

    private static QuestionRecord Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        At = StoredTime.To(reader.GetInt64(1)),
        Platform = reader.GetString(2),
        ServerId = reader.IsDBNull(3) ? null : reader.GetString(3),
        ChannelId = reader.GetString(4),
        UserId = reader.GetString(5),
        Question = reader.GetString(6),
        UnderstoodAs = reader.IsDBNull(7) ? null : reader.GetString(7),
        Answered = reader.GetBoolean(8),
        Declined = reader.IsDBNull(9) ? null : ParseOrNull<DeclineReason>(reader.GetString(9)),
        AnswerText = reader.GetString(10),
        Confidence = reader.IsDBNull(11) ? null : reader.GetDouble(11),
        Citations = JsonSerializer.Deserialize(reader.GetString(12), StoredJson.Default.IReadOnlyListCitedQuote) ?? [],
        Snapshot = reader.GetString(13),
    };

    // A value written by a later version with a reason this one does not know reads as "unknown", not as an error.
    private static T? ParseOrNull<T>(string text)
        where T : struct, Enum => Enum.TryParse<T>(text, ignoreCase: false, out var value) ? value : null;

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;
}
