using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Storage.Tests;

/// <summary>A database file in a scratch folder of its own; each <see cref="Open"/> is a fresh process's view of it.</summary>
internal sealed class StorageFile : IDisposable
{
    private readonly List<SqliteDatabase> _opened = [];

    public StorageFile(string name = "kosovobot.db")
    {
        Folder = Directory.CreateTempSubdirectory("kosovobot-storage-").FullName;
        Path = System.IO.Path.Combine(Folder, "data", name);
    }

    public string Folder { get; }

    public string Path { get; }

    public SqliteDatabase Open(TimeSpan? busyTimeout = null)
    {
        var database = new SqliteDatabase(
            Options.Create(new StorageOptions { Path = Path, BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(5) }),
            NullLogger<SqliteDatabase>.Instance);
        _opened.Add(database);
        return database;
    }

    /// <summary>Closes every connection the earlier <see cref="Open"/>s pooled, as a process exit would.</summary>
    public void CloseAll()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }

        _opened.Clear();
    }

    public void Dispose()
    {
        CloseAll();
        Directory.Delete(Folder, recursive: true);
    }
}
