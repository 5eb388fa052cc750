using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KosovoBot.Storage.Tests;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly StorageFile _file = new();

    [Fact]
    public async Task EnsureReadyAsync_NoFile_CreatesTheFolderAndTheFileAtTheLatestSchema()
    {
        var database = _file.Open();

        await database.EnsureReadyAsync(CancellationToken.None);

        Assert.True(File.Exists(_file.Path));
        Assert.Equal(StorageSchema.Latest, await VersionAsync(database));
    }

    [Fact]
    public async Task EnsureReadyAsync_FileAtAnEarlierVersion_IsMigratedKeepingItsRows()
    {
        // A file as the first KosovoBot with storage wrote it, before any later step existed.
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        await using (var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = StorageSchema.Steps[0]
                + "INSERT INTO settings VALUES ('slack', 'T1', '', 'feedback', 'off'); PRAGMA user_version = 1;";
            await command.ExecuteNonQueryAsync();
        }

        var store = new SqliteSettingsStore(_file.Open());

        Assert.Equal("off", await store.GetAsync(new("slack", "T1"), "feedback", CancellationToken.None));
    }

    [Fact]
    public async Task EnsureReadyAsync_NotADatabase_RefusesNamingStoragePath_AndLeavesTheFileAlone()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        var garbage = new byte[8192];
        for (var i = 0; i < garbage.Length; i++)
        {
            garbage[i] = (byte)(i * 31 % 251);
        }

        await File.WriteAllBytesAsync(_file.Path, garbage);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => _file.Open().EnsureReadyAsync(CancellationToken.None));

        var line = Assert.Single(failure.Failures);
        Assert.StartsWith($"Storage:Path: '{_file.Path}' is not a readable KosovoBot database (file is not a database);", line, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(_file.Path));
    }

    [Fact]
    public async Task EnsureReadyAsync_DamagedPages_RefusesNamingStoragePath()
    {
        var store = new SqliteSettingsStore(_file.Open());
        for (var i = 0; i < 200; i++)
        {
            await store.SetAsync(new("discord", "G" + i, "C" + i), "channel", new string('q', 200), "admin", DateTimeOffset.UnixEpoch, CancellationToken.None);
        }

        _file.CloseAll();
        await using (var checkpoint = new SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            await checkpoint.OpenAsync();
            await using var command = checkpoint.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;";
            await command.ExecuteNonQueryAsync();
        }

        // Overwrite the middle pages (the tables' b-trees), keeping the header: a disk fault, not a foreign file.
        await using (var stream = new FileStream(_file.Path, FileMode.Open, FileAccess.Write))
        {
            stream.Position = 4096 * 3;
            stream.Write(Enumerable.Repeat((byte)0xA5, 4096 * 4).ToArray());
        }

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => _file.Open().EnsureReadyAsync(CancellationToken.None));

        Assert.StartsWith($"Storage:Path: '{_file.Path}' ", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureReadyAsync_HeldByAnotherProcess_RefusesSayingItIsLocked()
    {
        await _file.Open().EnsureReadyAsync(CancellationToken.None);
        _file.CloseAll();
        await using var other = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        await other.OpenAsync();
        await using var hold = other.CreateCommand();
        hold.CommandText = "BEGIN EXCLUSIVE;";
        await hold.ExecuteNonQueryAsync();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(
            () => _file.Open(busyTimeout: TimeSpan.FromSeconds(1)).EnsureReadyAsync(CancellationToken.None));

        Assert.Equal(
            $"Storage:Path: '{_file.Path}' is locked by another process (waited 00:00:01); stop the other program using it, or give this bot its own Storage:Path.",
            Assert.Single(failure.Failures));
    }

    [Fact]
    public async Task EnsureReadyAsync_WrittenByANewerVersion_RefusesAndDoesNotTouchIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        await using (var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE future (x); PRAGMA user_version = {StorageSchema.Latest + 1};";
            await command.ExecuteNonQueryAsync();
        }

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => _file.Open().EnsureReadyAsync(CancellationToken.None));

        Assert.Contains($"Storage:Path: '{_file.Path}' was written by a newer KosovoBot (schema version {StorageSchema.Latest + 1}", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureReadyAsync_PathIsAFolder_RefusesNamingStoragePath()
    {
        Directory.CreateDirectory(_file.Path);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => _file.Open().EnsureReadyAsync(CancellationToken.None));

        Assert.StartsWith($"Storage:Path: '{_file.Path}' is a folder;", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Storage:Path must name a database file (e.g. data/kosovobot.db).")]
    [InlineData("data/", "Storage:Path must name a file, not a folder.")]
    public void Validator_BadPath_OneLineNamingTheSetting(string path, string expected)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Path = path });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    private static async Task<long> VersionAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => _file.Dispose();
}
