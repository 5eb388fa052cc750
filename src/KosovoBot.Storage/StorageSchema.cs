namespace KosovoBot.Storage;

/// <summary>
/// The database's tables, as the steps that build them: step <c>n</c> takes a file at version <c>n</c> to <c>n + 1</c>
/// (SQLite's <c>user_version</c>). A new version only appends a step; a step is never edited once shipped.
/// </summary>
internal static class StorageSchema
{
    /// <summary>The steps, oldest first.</summary>
    public static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE settings (
            platform TEXT NOT NULL,
            server TEXT NOT NULL,
            channel TEXT NOT NULL,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (platform, server, channel, name)
        );
        CREATE TABLE setting_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            platform TEXT NOT NULL,
            server TEXT NOT NULL,
            channel TEXT NULL,
            name TEXT NOT NULL,
            old_value TEXT NULL,
            new_value TEXT NOT NULL,
            actor TEXT NOT NULL,
            at INTEGER NOT NULL
        );
        CREATE INDEX setting_changes_by_server ON setting_changes (platform, server, at);
        CREATE INDEX setting_changes_by_time ON setting_changes (at);
        CREATE TABLE questions (
            id TEXT NOT NULL PRIMARY KEY,
            at INTEGER NOT NULL,
            platform TEXT NOT NULL,
            server TEXT NULL,
            channel TEXT NOT NULL,
            user_id TEXT NOT NULL,
            question TEXT NOT NULL,
            understood_as TEXT NULL,
            answered INTEGER NOT NULL,
            declined TEXT NULL,
            answer_text TEXT NOT NULL,
            confidence REAL NULL,
            citations TEXT NOT NULL,
            snapshot TEXT NOT NULL
        );
        CREATE INDEX questions_by_time ON questions (at);
        CREATE TABLE feedback (
            record_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            helpful INTEGER NOT NULL,
            problem TEXT NULL,
            comment TEXT NULL,
            at INTEGER NOT NULL,
            PRIMARY KEY (record_id, user_id)
        );
        CREATE INDEX feedback_unhelpful ON feedback (record_id) WHERE helpful = 0;
        CREATE TABLE rate_counters (
            key TEXT NOT NULL PRIMARY KEY,
            ends INTEGER NOT NULL,
            count INTEGER NOT NULL
        );
        """,
    ];

    /// <summary>The version a file has once every step has run.</summary>
    public static int Latest => Steps.Count;
}
