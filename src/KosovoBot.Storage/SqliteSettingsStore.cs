using KosovoBot.Core.Control;
using Microsoft.Data.Sqlite;

namespace KosovoBot.Storage;

/// <summary>
/// Settings per server and channel in the SQLite file, with the audit trail written in the same transaction as the
/// value, so a change is never kept without its entry (or the reverse).
/// </summary>
public sealed class SqliteSettingsStore(SqliteDatabase database) : ISettingsStore
{
    // A server-wide setting is kept with an empty channel: SQLite's primary keys treat NULLs as distinct.
    private const string ServerWide = "";

    /// <inheritdoc />
    public async Task<string?> GetAsync(SettingScope scope, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Select(connection, scope, "SELECT value FROM settings WHERE platform = $platform AND server = $server AND channel = $channel AND name = $name;");
        command.Parameters.AddWithValue("$name", name);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> ListAsync(SettingScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Select(connection, scope, "SELECT name, value FROM settings WHERE platform = $platform AND server = $server AND channel = $channel;");
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = reader.GetString(1);
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<SettingChange> SetAsync(
        SettingScope scope, string name, string value, string actorUserId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(actorUserId);
        await using var connection = await database.OpenAsync(cancellationToken);

        // IMMEDIATE: the old value is read under the write lock, so two admins' changes are both recorded in order.
        await using var transaction = connection.BeginTransaction(deferred: false);
        string? old;
        await using (var read = Select(connection, scope, "SELECT value FROM settings WHERE platform = $platform AND server = $server AND channel = $channel AND name = $name;"))
        {
            read.Transaction = transaction;
            read.Parameters.AddWithValue("$name", name);
            old = await read.ExecuteScalarAsync(cancellationToken) as string;
        }

        await using (var write = Select(connection, scope, """
            INSERT INTO settings (platform, server, channel, name, value) VALUES ($platform, $server, $channel, $name, $value)
            ON CONFLICT (platform, server, channel, name) DO UPDATE SET value = excluded.value;
            INSERT INTO setting_changes (platform, server, channel, name, old_value, new_value, actor, at)
            VALUES ($platform, $server, $audited_channel, $name, $old, $value, $actor, $at);
            """))
        {
            write.Transaction = transaction;
            write.Parameters.AddWithValue("$name", name);
            write.Parameters.AddWithValue("$value", value);
            write.Parameters.AddWithValue("$audited_channel", (object?)scope.ChannelId ?? DBNull.Value);
            write.Parameters.AddWithValue("$old", (object?)old ?? DBNull.Value);
            write.Parameters.AddWithValue("$actor", actorUserId);
            write.Parameters.AddWithValue("$at", StoredTime.From(at));
            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SettingChange(scope, name, old, value, actorUserId, at);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SettingChange>> ListChangesAsync(
        SettingScope? server, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT platform, server, channel, name, old_value, new_value, actor, at FROM setting_changes
            WHERE ($platform IS NULL OR (platform = $platform AND server = $server)) AND at >= $since
            ORDER BY at DESC, id DESC LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$platform", (object?)server?.Platform ?? DBNull.Value);
        command.Parameters.AddWithValue("$server", (object?)server?.ServerId ?? DBNull.Value);
        command.Parameters.AddWithValue("$since", since is { } from ? StoredTime.From(from) : long.MinValue);
        command.Parameters.AddWithValue("$limit", Math.Max(0, limit));
        var changes = new List<SettingChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var scope = new SettingScope(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            changes.Add(new SettingChange(
                scope,
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                StoredTime.To(reader.GetInt64(7))));
        }

        return changes;
    }

    private static SqliteCommand Select(SqliteConnection connection, SettingScope scope, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$platform", scope.Platform);
        command.Parameters.AddWithValue("$server", scope.ServerId);
        command.Parameters.AddWithValue("$channel", scope.ChannelId ?? ServerWide);
        return command;
    }
}
