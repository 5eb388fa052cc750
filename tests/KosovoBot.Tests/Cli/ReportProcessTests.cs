using System.Text.Json;
using KosovoBot.Core.Control;
using KosovoBot.Storage;
using KosovoBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Tests.Cli;

/// <summary>The reports for operators, through the real executable, reading what the chat host kept in Storage:Path.</summary>
public sealed class ReportProcessTests : IDisposable
{
    private readonly BotProcess _bot = new();
    private readonly string _database;

    public ReportProcessTests()
    {
        _database = Path.Combine(_bot.WorkingDirectory, "state", "bot.db");
        _bot.Environment["Storage__Path"] = _database;
    }

    [Fact]
    public async Task ReportGapsJson_AfterConsoleChat_GroupsParaphrasesOfOneUnanswerableQuestion()
    {
        // /new between them: each is asked afresh, not read as a follow-up of the one before.
        string[] lines =
        [
            "What is the population of Kosovo?",
            "/new",
            "How many troops are in KFOR?",
            "/new",
            "Kosovo population?",
            "/new",
            "Who designed the harbour bridge's lighthouse?",
            "/new",
            "What's the population of Kosovo?",
            "/quit",
        ];
        var chat = await _bot.RunAsync(string.Join('\n', lines) + "\n", []);
        Assert.Equal(0, chat.ExitCode);
        Assert.True(File.Exists(_database));

        var run = await _bot.RunAsync(string.Empty, "report", "gaps", "--json", "--since", "1d");

        Assert.Equal(0, run.ExitCode);
        var gaps = JsonDocument.Parse(Assert.Single(run.Lines)).RootElement.GetProperty("gaps").EnumerateArray().ToList();
        Assert.Equal(2, gaps.Count);
        var population = gaps[0];
        Assert.Equal(3, population.GetProperty("count").GetInt32());
        Assert.Equal(
            new[] { "What is the population of Kosovo?", "Kosovo population?", "What's the population of Kosovo?" }.Order(StringComparer.Ordinal),
            population.GetProperty("examples").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        var nearest = population.GetProperty("nearest");
        Assert.Equal("voa-nato-to-stay-in-kosovo", nearest.GetProperty("id").GetString());
        Assert.Equal("NATO to Stay in Kosovo", nearest.GetProperty("title").GetString());
        Assert.InRange(nearest.GetProperty("paragraph").GetInt32(), 0, 50);
        Assert.Equal(1, gaps[1].GetProperty("count").GetInt32());
        Assert.Equal("Who designed the harbour bridge's lighthouse?", Assert.Single(gaps[1].GetProperty("examples").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Ask_RecordsNothing_ButAskRecord_KeepsTheQuestionForTheGapReport()
    {
        var plain = await _bot.RunAsync(string.Empty, "ask", "--json", "How tall is the harbour bridge's main tower?");
        Assert.Equal(0, plain.ExitCode);
        Assert.False(File.Exists(_database));

        var kept = await _bot.RunAsync("How tall is the harbour bridge's main tower?\nHow many troops are in KFOR?\n", "ask", "--json", "--record");
        Assert.Equal(0, kept.ExitCode);
        Assert.Equal(2, kept.Lines.Count);

        var run = await _bot.RunAsync(string.Empty, "report", "gaps", "--json");
        var group = Assert.Single(JsonDocument.Parse(Assert.Single(run.Lines)).RootElement.GetProperty("gaps").EnumerateArray());
        Assert.Equal(1, group.GetProperty("count").GetInt32());
        Assert.Equal("How tall is the harbour bridge's main tower?", Assert.Single(group.GetProperty("examples").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task ReportGaps_CoversEveryPlatform_UnlessNarrowedByPlatformOrServer()
    {
        var kept = await _bot.RunAsync("How tall is the harbour bridge's main tower?\n", "ask", "--json", "--record");
        Assert.Equal(0, kept.ExitCode);

        var everywhere = await _bot.RunAsync(string.Empty, "report", "gaps", "--json");
        var console = await _bot.RunAsync(string.Empty, "report", "gaps", "--json", "--platform", "console");
        var guild = await _bot.RunAsync(string.Empty, "report", "gaps", "--json", "--platform", "discord", "--server", "290926798626357999");

        Assert.Single(Gaps(everywhere));
        Assert.Single(Gaps(console));
        Assert.Equal(0, guild.ExitCode);
        Assert.Empty(Gaps(guild));
    }

    [Fact]
    public async Task ReportAuditJson_ListsEveryChangeNewestFirst()
    {
        var noon = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        using (var database = OpenDatabase())
        {
            var settings = new SqliteSettingsStore(database);
            await settings.SetAsync(new SettingScope("discord", "G1", "C1"), SettingNames.Channel, "questions", "U-admin", noon, CancellationToken.None);
            await settings.SetAsync(new SettingScope("slack", "T1"), SettingNames.UserPerMinute, "3", "U-owner", noon.AddMinutes(5), CancellationToken.None);
        }

        var run = await _bot.RunAsync(string.Empty, "report", "audit", "--json");

        Assert.Equal(0, run.ExitCode);
        var changes = JsonDocument.Parse(Assert.Single(run.Lines)).RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal("2026-11-28T12:05:00Z", changes[0].GetProperty("at").GetString());
        Assert.Equal("slack", changes[0].GetProperty("platform").GetString());
        Assert.Equal("T1", changes[0].GetProperty("server").GetString());
        Assert.Equal(JsonValueKind.Null, changes[0].GetProperty("channel").ValueKind);
        Assert.Equal("limits.user-per-minute", changes[0].GetProperty("setting").GetString());
        Assert.Equal(JsonValueKind.Null, changes[0].GetProperty("old").ValueKind);
        Assert.Equal("3", changes[0].GetProperty("new").GetString());
        Assert.Equal("U-owner", changes[0].GetProperty("by").GetString());
        Assert.Equal("C1", changes[1].GetProperty("channel").GetString());
        Assert.Equal("questions", changes[1].GetProperty("new").GetString());

        var text = await _bot.RunAsync(string.Empty, "report", "audit");
        Assert.Equal(
            [
                "2026-11-28 12:05 UTC, slack server T1: U-owner set limits.user-per-minute from the default to 3.",
                "2026-11-28 12:00 UTC, discord server G1 channel C1: U-admin set channel from the default to questions.",
            ],
            text.Lines);
    }

    [Fact]
    public async Task Start_CorruptDatabase_StopsWithOneLineNamingStoragePath_AndKeepsTheFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database)!);
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray();
        await File.WriteAllBytesAsync(_database, garbage);

        var host = await _bot.RunAsync("How many troops are in KFOR?\n", []);
        var report = await _bot.RunAsync(string.Empty, "report", "gaps");

        var expected = $"KosovoBot cannot start: Storage:Path: '{_database}' is not a readable KosovoBot database (file is not a database); restore it from a backup, or move it away to start with an empty one.";
        Assert.Equal(1, host.ExitCode);
        Assert.Equal(expected, Assert.Single(host.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Assert.DoesNotContain("16,000", host.Output, StringComparison.Ordinal);
        Assert.Equal(1, report.ExitCode);
        Assert.Equal(expected, report.Error.Trim());
        Assert.Equal(garbage, await File.ReadAllBytesAsync(_database));
    }

    [Fact]
    public async Task ReportGaps_BadSince_IsAUsageError()
    {
        var run = await _bot.RunAsync(string.Empty, "report", "gaps", "--since", "banana");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--since: 'banana' is not a time like 30m, 12h, 7d or 4w.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_database));
    }

    private static List<JsonElement> Gaps(BotRun run) =>
        [.. JsonDocument.Parse(Assert.Single(run.Lines)).RootElement.GetProperty("gaps").EnumerateArray()];

    private SqliteDatabase OpenDatabase() =>
        new(Options.Create(new StorageOptions { Path = _database }), NullLogger<SqliteDatabase>.Instance);

    public void Dispose() => _bot.Dispose();
}
