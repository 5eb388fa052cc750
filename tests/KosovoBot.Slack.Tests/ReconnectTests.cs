using KosovoBot.Core.Chat;
using KosovoBot.Slack.Tests.Fakes;

namespace KosovoBot.Slack.Tests;

public sealed class ReconnectTests
{
    [Fact]
    public async Task DroppedSocket_ReconnectsAfterJitteredBackoffWithFreshUrl()
    {
        await using var h = await SlackAdapterHarness.StartAsync(new() { ["Slack:InitialBackoff"] = "00:00:01" });
        var first = await h.AcceptConnectionAsync();

        first.Abort();
        var delay = await h.Time.WaitForTimerAsync(d => d >= TimeSpan.FromSeconds(0.5) && d <= TimeSpan.FromSeconds(1), h.Timeout);
        Assert.Equal(1, h.Slack.ConnectionsOpened); // waiting, not hammering Slack
        h.Time.Advance(delay);
        var second = await h.AcceptConnectionAsync();
        await second.SendAsync(Envelopes.AppMention("env-1", "Ev1", "back?"), h.Timeout);

        Assert.Equal("env-1", (string?)(await second.ReceiveAsync(h.Timeout))["envelope_id"]);
        await h.NextPostAsync();
        Assert.Equal(2, h.Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task Disconnect_LinkDisabled_StopsWithFatalError()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var socket = await h.AcceptConnectionAsync();
        var disconnect = TestData.Json("slack-socket-disconnect-warning.json");
        disconnect["reason"] = "link_disabled";

        await socket.SendAsync(disconnect, h.Timeout);

        var error = await Assert.ThrowsAsync<ChatAdapterFatalException>(() => h.Run.WaitAsync(h.Timeout));
        Assert.Contains("Socket Mode", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, h.Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task Disconnect_Warning_ReplacementOpenedBeforeOldCloses()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var first = await h.AcceptConnectionAsync();

        await first.SendAsync(TestData.Read("slack-socket-disconnect-warning.json"), h.Timeout);
        var second = await h.AcceptConnectionAsync();

        Assert.False(first.Closed.IsCompleted);
        await first.CloseAsync(h.Timeout);
        await second.SendAsync(Envelopes.AppMention("env-1", "Ev1", "after warning?"), h.Timeout);
        await h.NextPostAsync();
        Assert.Equal(2, h.Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task Disconnect_TooManyWebSockets_ClosesThenReconnectsAfterBackoff()
    {
        await using var h = await SlackAdapterHarness.StartAsync(new() { ["Slack:InitialBackoff"] = "00:00:01" });
        var first = await h.AcceptConnectionAsync();

        await first.SendAsync(TestData.Read("slack-socket-disconnect-too-many-websockets.json"), h.Timeout);
        await first.Closed.WaitAsync(h.Timeout);
        var delay = await h.Time.WaitForTimerAsync(d => d >= TimeSpan.FromSeconds(0.5) && d <= TimeSpan.FromSeconds(1), h.Timeout);
        Assert.Equal(1, h.Slack.ConnectionsOpened);
        h.Time.Advance(delay);

        var second = await h.AcceptConnectionAsync();
        await second.SendAsync(Envelopes.AppMention("env-1", "Ev1", "reconnected?"), h.Timeout);
        await h.NextPostAsync();
        Assert.Equal(2, h.Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task ConnectionsOpen_InvalidAuth_FatalNamingAppToken()
    {
        await using var h = await SlackAdapterHarness.StartAsync(
            arrangeSlack: slack => slack.ConnectionsOpenBody = """{"ok":false,"error":"invalid_auth"}""");

        var error = await Assert.ThrowsAsync<ChatAdapterFatalException>(() => h.Run.WaitAsync(h.Timeout));

        Assert.Contains("Slack:AppToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackAdapterHarness.AppToken, error.Message, StringComparison.Ordinal);
    }
}
