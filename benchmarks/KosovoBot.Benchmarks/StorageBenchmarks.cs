using BenchmarkDotNet.Attributes;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Control;
using KosovoBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Benchmarks;

/// <summary>
/// What the SQLite storage adds to one kept chat question (two limit counters peeked and hit, the server's two limit
/// settings read, the record written), and the gap report's read of a week of 10,000 kept questions.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StorageBenchmarks
{
    private const int Records = 10_000;
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private string _folder = string.Empty;
    private SqliteDatabase? _database;
    private SqliteSettingsStore? _settings;
    private SqliteQuestionRecords? _records;
    private SqliteRateCounters? _counters;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("kosovobot-storage-bench-").FullName;
        _database = new SqliteDatabase(
            Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bench.db") }), NullLogger<SqliteDatabase>.Instance);
        _settings = new SqliteSettingsStore(_database);
        _records = new SqliteQuestionRecords(_database);
        _counters = new SqliteRateCounters(_database);
        var server = new SettingScope("discord", "G1");
        _settings.SetAsync(server, SettingNames.UserPerMinute, "5", "admin", Start, CancellationToken.None).GetAwaiter().GetResult();
        for (var i = 0; i < Records; i++)
        {
            _records.RecordAsync(Record("seed" + i, Start.AddMinutes(i), answered: i % 3 != 0), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The storage work around one kept question.</summary>
    [Benchmark]
    public async Task KeptQuestion()
    {
        var now = Start.AddDays(8).AddSeconds(_next);
        var user = "user:discord:G1:U" + (_next % 50);
        var scope = new SettingScope("discord", "G1");
        await _settings!.GetAsync(scope, SettingNames.UserPerMinute, CancellationToken.None);
        await _settings.GetAsync(scope, SettingNames.ServerPerHour, CancellationToken.None);
        await _counters!.PeekAsync(user, TimeSpan.FromMinutes(1), now, CancellationToken.None);
        await _counters.PeekAsync("server:discord:G1", TimeSpan.FromHours(1), now, CancellationToken.None);
        await _counters.HitAsync(user, TimeSpan.FromMinutes(1), now, CancellationToken.None);
        await _counters.HitAsync("server:discord:G1", TimeSpan.FromHours(1), now, CancellationToken.None);
        await _records!.RecordAsync(Record("q" + _next++, now, answered: true), CancellationToken.None);
    }

    /// <summary>The gaps of the last 7 days among 10,000 kept questions (3,334 of them declined).</summary>
    [Benchmark]
    public Task<IReadOnlyList<GapQuestion>> GapsOfAWeek() =>
        _records!.ListGapsAsync(Start.AddMinutes(Records) - TimeSpan.FromDays(7), CancellationToken.None);

    private static QuestionRecord Record(string id, DateTimeOffset at, bool answered) => new()
    {
        Id = id,
        At = at,
        Platform = "discord",
        ServerId = "G1",
        ChannelId = "C1",
        UserId = "U1",
        Question = "How many ferries sail to the island on Sundays?",
        Answered = answered,
        Declined = answered ? null : DeclineReason.NoNumber,
        AnswerText = answered ? "Three." : "No article gives that number.",
        Confidence = answered ? 0.7 : null,
        Citations = answered ? [new CitedQuote("port-news", 3, "Mara Lind", "Three ferries sail on Sundays.")] : [],
        Snapshot = "k-1",
    };
}
