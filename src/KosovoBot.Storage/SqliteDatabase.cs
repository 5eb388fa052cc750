using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Storage;

/// <summary>
/// The one SQLite file behind the stores: created with its folder on first use, checked, and brought to the current
/// schema (in code, one step per version) before the first read or write. A file that is not a database, is damaged,
/// is held by another process or comes from a newer KosovoBot is refused with an
/// <see cref="OptionsValidationException"/> whose one line names <c>Storage:Path</c>; nothing is ever reset.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    private readonly StorageOptions _options;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly SemaphoreSlim _preparing = new(1, 1);
    private readonly string _connectionString;
    private volatile bool _ready;

    /// <summary>Resolves <c>Storage:Path</c> against the working folder; nothing is opened yet.</summary>
    public SqliteDatabase(IOptions<StorageOptions> options, ILogger<SqliteDatabase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        FilePath = Path.GetFullPath(_options.Path, Environment.CurrentDirectory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,

            // Microsoft.Data.Sqlite retries a busy file for this long (whole seconds) before giving up.
            DefaultTimeout = (int)Math.Ceiling(_options.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Creates, checks and migrates the file unless already done by this process; throws an
    /// <see cref="OptionsValidationException"/> naming <c>Storage:Path</c> when the file cannot be used.
    /// </summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _preparing.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                await PrepareAsync(cancellationToken);
                _ready = true;
            }
        }
        finally
        {
            _preparing.Release();
        }
    }

    /// <summary>An open connection to the ready file; the caller disposes it.</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Pooled connections keep the file open; a test that deletes it, or a second store on it, needs them closed.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _preparing.Dispose();
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(FilePath))
        {
            throw Refused($"'{FilePath}' is a folder; name a database file in it (e.g. {Path.Combine(FilePath, "kosovobot.db")}).");
        }

        var existed = File.Exists(FilePath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Refused($"the folder of '{FilePath}' cannot be created ({ex.Message}).");
        }

        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            var version = await VersionAsync(connection, transaction: null, cancellationToken);
            if (version > StorageSchema.Latest)
            {
                throw Refused($"'{FilePath}' was written by a newer KosovoBot (schema version {version}; this one knows up to {StorageSchema.Latest}); run that version, or point Storage:Path at another file.");
            }

            if (existed && await QuickCheckAsync(connection, cancellationToken) is { } damage)
            {
                throw Refused($"'{FilePath}' is damaged ({damage}); restore it from a backup, or move it away to start with an empty one.");
            }

            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

            // BEGIN IMMEDIATE takes the write lock now, so a file held by another process is found at start-up,
            // not at the first question; the version is read again under the lock (another process may have migrated).
            await using var transaction = connection.BeginTransaction(deferred: false);
            var from = await VersionAsync(connection, transaction, cancellationToken);
            for (var step = from; step < StorageSchema.Latest; step++)
            {
                await ExecuteAsync(connection, transaction, StorageSchema.Steps[(int)step], cancellationToken);
            }

            await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {StorageSchema.Latest};"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (from < StorageSchema.Latest)
            {
                Log.Migrated(_logger, FilePath, from, StorageSchema.Latest);
            }
        }
        catch (SqliteException ex)
        {
            throw Refused(Describe(ex));
        }
    }

    private string Describe(SqliteException ex) => (ex.SqliteErrorCode & 0xFF) switch
    {
        NotADatabase or Corrupt =>
            $"'{FilePath}' is not a readable KosovoBot database ({Reason(ex)}); restore it from a backup, or move it away to start with an empty one.",
        Busy or Locked =>
            $"'{FilePath}' is locked by another process (waited {_options.BusyTimeout}); stop the other program using it, or give this bot its own Storage:Path.",
        ReadOnly or CannotOpen =>
            $"'{FilePath}' cannot be opened for writing ({Reason(ex)}); check the file's and its folder's permissions.",
        Full or IoError =>
            $"'{FilePath}' cannot be written ({Reason(ex)}); check the disk.",
        _ => $"'{FilePath}' cannot be used ({Reason(ex)}).",
    };

    // "SQLite Error 26: 'file is not a database'." -> "file is not a database"
    private static string Reason(SqliteException ex)
    {
        var message = ex.Message;
        var open = message.IndexOf('\'', StringComparison.Ordinal);
        var close = message.LastIndexOf('\'');
        return open >= 0 && close > open ? message[(open + 1)..close] : message.TrimEnd('.');
    }

    private static async Task<long> VersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Null when the file's structure is sound, otherwise SQLite's first finding.</summary>
    private static async Task<string?> QuickCheckAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1);";
        var result = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return string.Equals(result, "ok", StringComparison.Ordinal) ? null : result;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static OptionsValidationException Refused(string message) =>
        new(StorageOptions.SectionName, typeof(StorageOptions), ["Storage:Path: " + message]);
}
