using KosovoBot.Core.Control;
using KosovoBot.Testing.Control;
using KosovoBot.Testing.Redis;

namespace KosovoBot.Redis.Tests;

/// <summary>Settings, records and limit counters written by one replica are what another replica reads.</summary>
public sealed class ControlStoresTests(GarnetFixture garnet) : IClassFixture<GarnetFixture>
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly SettingScope Guild = new("discord", "G1");
    private static readonly SettingScope General = new("discord", "G1", "C1");

    [Fact]
    public async Task SetAsync_OnOneReplica_IsReadOnTheOther_WithTheAuditTrailNewestFirst()
    {
        await using var replicas = await garnet.Server.ConnectReplicasAsync();
        var writer = new RedisSettingsStore(replicas.A);
        var reader = new RedisSettingsStore(replicas.B);

        await writer.SetAsync(General, SettingNames.Channel, "questions", "admin-1", Noon, CancellationToken.None);
        await writer.SetAsync(new SettingScope("slack", "T1"), SettingNames.Feedback, "off", "admin-9", Noon.AddSeconds(30), CancellationToken.None);
        await reader.SetAsync(Guild, SettingNames.UserPerMinute, "3", "admin-2", Noon.AddMinutes(1), CancellationToken.None);
        var third = await writer.SetAsync(General, SettingNames.Channel, "off", "admin-2", Noon.AddMinutes(1), CancellationToken.None);

        Assert.Equal("questions", third.OldValue);
        Assert.Equal("off", await reader.GetAsync(General, SettingNames.Channel, CancellationToken.None));
        Assert.Null(await reader.GetAsync(Guild, SettingNames.Channel, CancellationToken.None));
        Assert.Equal("3", Assert.Single(await reader.ListAsync(Guild, CancellationToken.None)).Value);
        var inGuild = await reader.ListChangesAsync(General, since: null, limit: 10, CancellationToken.None);
        Assert.Equal(
            [
                new SettingChange(General, SettingNames.Channel, "questions", "off", "admin-2", Noon.AddMinutes(1)),
                new SettingChange(Guild, SettingNames.UserPerMinute, null, "3", "admin-2", Noon.AddMinutes(1)),
                new SettingChange(General, SettingNames.Channel, null, "questions", "admin-1", Noon),
            ],
            inGuild);
        var everywhereSince = await reader.ListChangesAsync(null, Noon.AddSeconds(10), 2, CancellationToken.None);
        Assert.Equal(["admin-2", "admin-2"], everywhereSince.Select(c => c.ActorUserId));
        Assert.Equal(3, (await reader.ListChangesAsync(null, Noon.AddSeconds(10), 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SetAsync_TwoAdminsAtOnce_BothChangesAreAuditedWithTheRightOldValues()
    {
        await using var replicas = await garnet.Server.ConnectReplicasAsync();

        var changes = await Task.WhenAll(
            new RedisSettingsStore(replicas.A).SetAsync(Guild, SettingNames.Feedback, "off", "admin-a", Noon, CancellationToken.None),
            new RedisSettingsStore(replicas.B).SetAsync(Guild, SettingNames.Feedback, "on", "admin-b", Noon, CancellationToken.None));

        // One of them saw the default, the other saw the first one's value.
        Assert.Single(changes, c => c.OldValue is null);
        Assert.Single(changes, c => c.OldValue is not null);
        Assert.Equal(2, (await new RedisSettingsStore(replicas.A).ListChangesAsync(Guild, null, 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Records_WrittenByOneReplica_AreFoundWithFeedbackAndGapsOnTheOther()
    {
        await using var replicas = await garnet.Server.ConnectReplicasAsync();
        var writer = new RedisQuestionRecords(replicas.A);
        var reader = new RedisQuestionRecords(replicas.B);
        var answered = SampleRecords.Answered("r1", Noon);
        await writer.RecordAsync(answered, CancellationToken.None);
        await writer.RecordAsync(SampleRecords.Answered("r2", Noon.AddMinutes(1), "ferry times?"), CancellationToken.None);
        await writer.RecordAsync(SampleRecords.Declined("d1", Noon.AddMinutes(2)), CancellationToken.None);
        await writer.RecordAsync(SampleRecords.Declined("old", Noon.AddDays(-30)), CancellationToken.None);
        await reader.RecordFeedbackAsync(new AnswerFeedback("r1", "U7", false, FeedbackProblem.NotInArticle, "no such quote", Noon.AddMinutes(5)), CancellationToken.None);
        await reader.RecordFeedbackAsync(new AnswerFeedback("r2", "U7", false, null, null, Noon.AddMinutes(5)), CancellationToken.None);
        await reader.RecordFeedbackAsync(new AnswerFeedback("r2", "U7", true, null, null, Noon.AddMinutes(6)), CancellationToken.None);

        var found = await reader.FindAsync("r1", CancellationToken.None);
        var gaps = await writer.ListGapsAsync(Noon.AddDays(-7), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(answered with { Citations = [] }, found with { Citations = [] });
        Assert.Equal(answered.Citations, found.Citations);
        Assert.Equal(FeedbackProblem.NotInArticle, Assert.Single(await writer.FeedbackForAsync("r1", CancellationToken.None)).Problem);
        Assert.Equal(
            [
                new GapQuestion("When does the island ferry service resume?", Noon, Declined: false, "slack", "T1"),
                new GapQuestion("How tall is the lighthouse?", Noon.AddMinutes(2), Declined: true, "discord", ServerId: null),
            ],
            gaps);
        Assert.Null(await reader.FindAsync("nope", CancellationToken.None));
    }

    [Fact]
    public async Task ForgetBeforeAsync_OnOneReplica_OlderQuestionsAndTheirFeedbackAreGoneOnTheOther_NewerStay()
    {
        await using var replicas = await garnet.Server.ConnectReplicasAsync();
        var writer = new RedisQuestionRecords(replicas.A);
        var reader = new RedisQuestionRecords(replicas.B);
        await writer.RecordAsync(SampleRecords.Declined("old", Noon.AddDays(-91)), CancellationToken.None);
        await writer.RecordAsync(SampleRecords.Answered("old-disliked", Noon.AddDays(-90).AddMinutes(-1)), CancellationToken.None);
        await writer.RecordAsync(SampleRecords.Declined("recent", Noon.AddDays(-89)), CancellationToken.None);
        await writer.RecordFeedbackAsync(new AnswerFeedback("old-disliked", "U1", false, FeedbackProblem.Wrong, "wrong year", Noon.AddDays(-89)), CancellationToken.None);
        await writer.RecordFeedbackAsync(new AnswerFeedback("recent", "U1", true, null, null, Noon.AddDays(-89)), CancellationToken.None);
        await new RedisSettingsStore(replicas.A).SetAsync(Guild, SettingNames.Feedback, "off", "admin-1", Noon.AddDays(-200), CancellationToken.None);

        var forgotten = await reader.ForgetBeforeAsync(Noon.AddDays(-90), CancellationToken.None);

        Assert.Equal(2, forgotten);
        Assert.Null(await writer.FindAsync("old", CancellationToken.None));
        Assert.Null(await writer.FindAsync("old-disliked", CancellationToken.None));
        Assert.Empty(await writer.FeedbackForAsync("old-disliked", CancellationToken.None));
        Assert.NotNull(await writer.FindAsync("recent", CancellationToken.None));
        Assert.Single(await writer.FeedbackForAsync("recent", CancellationToken.None));
        Assert.Equal(Noon.AddDays(-89), Assert.Single(await writer.ListGapsAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).At);
        Assert.Equal(0, await reader.ForgetBeforeAsync(Noon.AddDays(-90), CancellationToken.None));
        Assert.Equal("off", await new RedisSettingsStore(replicas.B).GetAsync(Guild, SettingNames.Feedback, CancellationToken.None));
    }

    [Fact]
    public async Task HitAsync_OnTwoReplicas_CountsInOneWindow_AndStartsANewOneAfterIt()
    {
        await using var replicas = await garnet.Server.ConnectReplicasAsync();
        var first = new RedisRateCounters(replicas.A);
        var second = new RedisRateCounters(replicas.B);
        var minute = TimeSpan.FromMinutes(1);

        var hits = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? first : second).HitAsync("user:discord:U1", minute, Noon.AddSeconds(10), CancellationToken.None)));
        var peek = await first.PeekAsync("user:discord:U1", minute, Noon.AddSeconds(40), CancellationToken.None);
        var next = await second.HitAsync("user:discord:U1", minute, Noon.AddSeconds(71), CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5, 6], hits.Select(h => h.Count).Order());
        Assert.All(hits, h => Assert.Equal(Noon.AddSeconds(70), h.ResetsAt));
        Assert.Equal(new RateWindow(6, Noon.AddSeconds(70)), peek);
        Assert.Equal(new RateWindow(1, Noon.AddSeconds(131)), next);
        Assert.Equal(new RateWindow(0, Noon.AddMinutes(5)), await first.PeekAsync("user:discord:U1", minute, Noon.AddMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task Stores_ServerStopped_KeepWorkingFromThisReplicasMemory()
    {
        using var server = GarnetHost.Start();
        await using var connection = await server.ConnectAsync();
        var settings = new RedisSettingsStore(connection);
        var counters = new RedisRateCounters(connection);
        server.Stop();

        await settings.SetAsync(Guild, SettingNames.Feedback, "off", "admin", Noon, CancellationToken.None);

        Assert.Equal("off", await settings.GetAsync(Guild, SettingNames.Feedback, CancellationToken.None));
        Assert.Equal(1, (await counters.HitAsync("k", TimeSpan.FromMinutes(1), Noon, CancellationToken.None)).Count);
        Assert.Equal(2, (await counters.HitAsync("k", TimeSpan.FromMinutes(1), Noon, CancellationToken.None)).Count);
    }
}
