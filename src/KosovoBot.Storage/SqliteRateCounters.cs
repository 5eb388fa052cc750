using KosovoBot.Core.Control;

namespace KosovoBot.Storage;

/// <summary>
/// Limit counters in the SQLite file, so a restart does not hand everyone a fresh allowance. One row per key holds
/// when its window ends and its count; a hit after the end starts a new window. Ended windows are removed at start.
/// </summary>
public sealed class SqliteRateCounters(SqliteDatabase database) : IRateCounters
{
    /// <inheritdoc />
    public async Task<RateWindow> HitAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // One statement: the read and the write of a key cannot interleave with another process's hit.
        command.CommandText = """
            INSERT INTO rate_counters (key, ends, count) VALUES ($key, $ends, 1)
            ON CONFLICT (key) DO UPDATE SET
                count = CASE WHEN $now >= ends THEN 1 ELSE count + 1 END,
                ends = CASE WHEN $now >= ends THEN $ends ELSE ends END
            RETURNING count, ends;
            """;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$now", StoredTime.From(now));
        command.Parameters.AddWithValue("$ends", StoredTime.From(now + window));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new RateWindow(reader.GetInt32(0), StoredTime.To(reader.GetInt64(1)));
    }

    /// <inheritdoc />
    public async Task<RateWindow> PeekAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count, ends FROM rate_counters WHERE key = $key AND ends > $now;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$now", StoredTime.From(now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new RateWindow(reader.GetInt32(0), StoredTime.To(reader.GetInt64(1)))
            : new RateWindow(0, now);
    }

    /// <summary>Removes the windows that ended before <paramref name="now"/>, so the table holds only open ones.</summary>
    public async Task RemoveEndedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM rate_counters WHERE ends <= $now;";
        command.Parameters.AddWithValue("$now", StoredTime.From(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
