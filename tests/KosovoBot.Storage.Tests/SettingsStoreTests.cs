using KosovoBot.Core.Control;

namespace KosovoBot.Storage.Tests;

public sealed class SettingsStoreTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly SettingScope Guild = new("discord", "G1");
    private static readonly SettingScope General = new("discord", "G1", "C1");
    private readonly StorageFile _file = new();

    [Fact]
    public async Task SetAsync_ThenRestart_KeepsTheValuesAndTheAuditTrailNewestFirst()
    {
        var before = new SqliteSettingsStore(_file.Open());
        var first = await before.SetAsync(General, SettingNames.Channel, "questions", "admin-1", Noon, CancellationToken.None);
        await before.SetAsync(Guild, SettingNames.Feedback, "off", "admin-2", Noon.AddMinutes(1), CancellationToken.None);
        var third = await before.SetAsync(General, SettingNames.Channel, "off", "admin-2", Noon.AddMinutes(2), CancellationToken.None);
        _file.CloseAll();

        var after = new SqliteSettingsStore(_file.Open());

        Assert.Null(first.OldValue);
        Assert.Equal("questions", third.OldValue);
        Assert.Equal("off", await after.GetAsync(General, SettingNames.Channel, CancellationToken.None));
        Assert.Equal("off", await after.GetAsync(Guild, SettingNames.Feedback, CancellationToken.None));
        Assert.Null(await after.GetAsync(Guild, SettingNames.Channel, CancellationToken.None));
        var changes = await after.ListChangesAsync(Guild, since: null, limit: 10, CancellationToken.None);
        Assert.Equal(
            [
                new SettingChange(General, SettingNames.Channel, "questions", "off", "admin-2", Noon.AddMinutes(2)),
                new SettingChange(Guild, SettingNames.Feedback, null, "off", "admin-2", Noon.AddMinutes(1)),
                new SettingChange(General, SettingNames.Channel, null, "questions", "admin-1", Noon),
            ],
            changes);
    }

    [Fact]
    public async Task ListAsync_GivesOnlyTheExactScope()
    {
        var store = new SqliteSettingsStore(_file.Open());
        await store.SetAsync(Guild, SettingNames.UserPerMinute, "5", "admin", Noon, CancellationToken.None);
        await store.SetAsync(Guild, SettingNames.ServerPerHour, "100", "admin", Noon, CancellationToken.None);
        await store.SetAsync(General, SettingNames.Channel, "questions", "admin", Noon, CancellationToken.None);
        await store.SetAsync(new SettingScope("slack", "G1"), SettingNames.Feedback, "off", "admin", Noon, CancellationToken.None);

        var server = await store.ListAsync(Guild, CancellationToken.None);
        var channel = await store.ListAsync(General, CancellationToken.None);

        Assert.Equal(2, server.Count);
        Assert.Equal("5", server[SettingNames.UserPerMinute]);
        Assert.Equal("100", server[SettingNames.ServerPerHour]);
        Assert.Equal("questions", Assert.Single(channel).Value);
    }

    [Fact]
    public async Task ListChangesAsync_FiltersByServerAndTimeAndLimits()
    {
        var store = new SqliteSettingsStore(_file.Open());
        var other = new SettingScope("slack", "T7");
        await store.SetAsync(Guild, SettingNames.Feedback, "off", "a", Noon, CancellationToken.None);
        await store.SetAsync(other, SettingNames.Feedback, "off", "b", Noon.AddHours(1), CancellationToken.None);
        await store.SetAsync(Guild, SettingNames.Feedback, "on", "a", Noon.AddHours(2), CancellationToken.None);
        await store.SetAsync(General, SettingNames.Channel, "off", "a", Noon.AddHours(3), CancellationToken.None);

        var everywhere = await store.ListChangesAsync(null, null, 10, CancellationToken.None);
        var recentInGuild = await store.ListChangesAsync(General, Noon.AddHours(1), 10, CancellationToken.None);
        var newestTwo = await store.ListChangesAsync(null, null, 2, CancellationToken.None);

        Assert.Equal(["a", "a", "b", "a"], everywhere.Select(c => c.ActorUserId));
        Assert.Equal([Noon.AddHours(3), Noon.AddHours(2)], recentInGuild.Select(c => c.At));
        Assert.Equal([Noon.AddHours(3), Noon.AddHours(2)], newestTwo.Select(c => c.At));
    }

    public void Dispose() => _file.Dispose();
}
