using KosovoBot.Core.Chat;
using KosovoBot.Slack.Socket;
using KosovoBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using KosovoBot.Testing;

namespace KosovoBot.Slack.Tests;

public sealed class ReconnectTests
{
    [Fact]
    public async Task DroppedSocket_ReconnectsAfterJitteredBackoffWithFreshUrl()
    {
        await using var h = await SlackAdapterHarness.StartAsync(new() { ["Slack:InitialBackoff"] = "00:00:01" });
        var first = await h.AcceptConnectionAsync();

        first.Abort();
        var delay = await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1.25), h.Timeout);
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
        var disconnect = Fixtures.Json("slack-socket-disconnect-warning.json");
        disconnect["reason"] = "link_disabled";

        await socket.SendAsync(disconnect, h.Timeout);

        var error = await Assert.ThrowsAsync<ChatAdapterFatalException>(() => h.Run.WaitAsync(h.Timeout));
        Assert.Contains("Socket Mode", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, h.Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task Disconnect_LinkDisabledWhileTheReplacedConnectionStillDelivers_StopsWithFatalError()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var first = await h.AcceptConnectionAsync();
        await first.SendAsync(Fixtures.Text("slack-socket-disconnect-warning.json"), h.Timeout);
        var second = await h.AcceptConnectionAsync();
        var disconnect = Fixtures.Json("slack-socket-disconnect-warning.json");
        disconnect["reason"] = "link_disabled";

        await second.SendAsync(disconnect, h.Timeout);

        await Assert.ThrowsAsync<ChatAdapterFatalException>(() => h.Run.WaitAsync(h.Timeout));
        await first.Closed.WaitAsync(h.Timeout);
    }

    [Fact]
    public async Task Disconnect_Warning_ReplacementOpenedBeforeOldCloses()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var first = await h.AcceptConnectionAsync();

        await first.SendAsync(Fixtures.Text("slack-socket-disconnect-warning.json"), h.Timeout);
        var second = await h.AcceptConnectionAsync();

        Assert.False(first.Closed.IsCompleted);
        await first.CloseAsync(h.Timeout);
        await second.SendAsync(Envelopes.AppMention("env-1", "Ev1", "after warning?"), h.Timeout);
        await h.NextPostAsync();
        Assert.Equal(2, h.Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task Disconnect_TooManyWebSockets_ClosesThenWaitsTheLongestBackoffBeforeReconnecting()
    {
        // Not 30 s: that is the hello timeout's timer.
        await using var h = await SlackAdapterHarness.StartAsync(new() { ["Slack:InitialBackoff"] = "00:00:01", ["Slack:MaxBackoff"] = "00:00:20" });
        var first = await h.AcceptConnectionAsync();

        await first.SendAsync(Fixtures.Text("slack-socket-disconnect-too-many-websockets.json"), h.Timeout);
        await first.Closed.WaitAsync(h.Timeout);
        var delay = await h.Time.WaitForTimerAsync(d => d >= TimeSpan.FromSeconds(1) && d != TimeSpan.FromSeconds(5) && d != TimeSpan.FromSeconds(30), h.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(20), delay);
        Assert.Equal(1, h.Slack.ConnectionsOpened);
        h.Time.Advance(delay);

        var second = await h.AcceptConnectionAsync();
        await second.SendAsync(Envelopes.AppMention("env-1", "Ev1", "reconnected?"), h.Timeout);
        await h.NextPostAsync();
        Assert.Equal(2, h.Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task Hello_ThenDroppedAgainAndAgain_BackoffGrowsUntilAConnectionStaysUp()
    {
        // The close timeout is a timer too: keep it apart from the pauses.
        await using var h = await SlackAdapterHarness.StartAsync(new()
        {
            ["Slack:InitialBackoff"] = "00:00:01",
            ["Slack:MaxBackoff"] = "00:00:30",
            ["Slack:CloseTimeout"] = "00:00:07",
        });
        var socket = await h.AcceptConnectionAsync();
        var pauses = new List<TimeSpan>();

        for (var i = 0; i < 4; i++)
        {
            socket.Abort();
            var delay = await h.Time.WaitForTimerAsync(d => d >= TimeSpan.FromSeconds(1) && d <= TimeSpan.FromSeconds(20) && d != TimeSpan.FromSeconds(7), h.Timeout);
            pauses.Add(delay);
            h.Time.Advance(delay);
            socket = await h.AcceptConnectionAsync();
        }

        Assert.Equal([1.25, 2.5, 5, 10], pauses.Select(p => p.TotalSeconds));

        // This one stays up past the healthy minute: the next drop starts the backoff over. The ack shows the session
        // has read its hello; a bot's message asks for no answer, so no request is in flight while time jumps.
        await socket.SendAsync(Envelopes.DirectMessage("env-1", "Ev1", e => { e["subtype"] = "bot_message"; e["bot_id"] = "B1"; }), h.Timeout);
        await socket.ReceiveAsync(h.Timeout);
        h.Time.Advance(TimeSpan.FromSeconds(61));
        socket.Abort();
        var reset = await h.Time.WaitForTimerAsync(d => d >= TimeSpan.FromSeconds(1) && d <= TimeSpan.FromSeconds(20) && d != TimeSpan.FromSeconds(7), h.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(1.25), reset);
        h.Time.Advance(reset);
        await h.AcceptConnectionAsync();
        Assert.Equal(6, h.Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task RetiredConnection_ClosedWhileAckInFlight_ClosesPolitelyAndAdapterKeepsRunning()
    {
        var sockets = new ScriptedWebSocketFactory();
        await using var h = await SlackAdapterHarness.StartAsync(
            new() { ["Slack:ReplacedConnectionGrace"] = "00:00:45" },
            replaceServices: services => services.AddSingleton<IWebSocketFactory>(sockets));
        var first = await h.AcceptConnectionAsync();
        var disconnect = Fixtures.Json("slack-socket-disconnect-warning.json");
        disconnect["reason"] = "refresh_requested";
        await first.SendAsync(disconnect, h.Timeout);
        var second = await h.AcceptConnectionAsync();
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(45), h.Timeout); // the old connection's grace started

        // The new connection has read its hello (an ack of a later frame shows it), so moving the clock past its hello
        // timeout below cannot drop it. A bot's message asks for no answer.
        await second.SendAsync(Envelopes.DirectMessage("env-sync", "EvSync", e => { e["subtype"] = "bot_message"; e["bot_id"] = "B1"; }), h.Timeout);
        await second.ReceiveAsync(h.Timeout);

        var firstClient = sockets.Created[0];
        firstClient.HoldSends();
        await first.SendAsync(Envelopes.AppMention("env-old", "EvOld", "in flight?"), h.Timeout);
        await firstClient.SendHeld.WaitAsync(h.Timeout); // the receive loop now waits inside the envelope's ack
        first.HoldCloseReply();
        h.Time.Advance(TimeSpan.FromSeconds(45));
        await firstClient.CloseOutputSent.WaitAsync(h.Timeout); // the bot closes the old connection mid-ack
        await first.CloseReceived.WaitAsync(h.Timeout);
        firstClient.ReleaseSends(); // the ack fails on the closing socket; the receive loop reads on
        first.ReleaseCloseReply();
        await first.Closed.WaitAsync(h.Timeout);

        // The next iteration of the client observes the old session: it must not take the adapter down.
        await second.SendAsync(disconnect, h.Timeout);
        var third = h.Slack.Connections.ReadAsync(h.Timeout).AsTask();
        Assert.Same(third, await Task.WhenAny(third, h.Run));
        var socket = await third;
        await socket.SendHelloAsync(h.Timeout);
        await socket.SendAsync(Envelopes.AppMention("env-new", "EvNew", "still up?", ts: "1610241700.000009"), h.Timeout);
        Assert.Equal("1610241700.000009", (string?)(await h.NextPostAsync())["thread_ts"]);
        Assert.DoesNotContain(h.Logs.GetSnapshot(), r => r.Message.Contains("session failed", StringComparison.Ordinal));
        Assert.False(h.Run.IsCompleted);
    }

    [Fact]
    public async Task Receive_OutstandingReceiveError_TreatedAsConnectionEndAndReconnects()
    {
        var sockets = new ScriptedWebSocketFactory();
        await using var h = await SlackAdapterHarness.StartAsync(
            new() { ["Slack:InitialBackoff"] = "00:00:01" },
            replaceServices: services => services.AddSingleton<IWebSocketFactory>(sockets));
        var first = await h.AcceptConnectionAsync();

        // What ClientWebSocket throws when a close started its own receive beside the loop's.
        sockets.Created[0].FailNextReceive(new InvalidOperationException("There is already one outstanding 'ReceiveAsync' call for this WebSocket instance."));
        // The loop may meet the scripted error before this frame arrives, so the send may find the connection gone.
        await first.SendUnlessDroppedAsync(Envelopes.AppMention("env-1", "Ev1", "first?"), h.Timeout);

        await AssertReconnectsAndAnswersAsync(h);
        Assert.DoesNotContain(h.Logs.GetSnapshot(), r => r.Message.Contains("session failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_UnexpectedFault_LoggedAndReconnectsInsteadOfStopping()
    {
        var sockets = new ScriptedWebSocketFactory();
        await using var h = await SlackAdapterHarness.StartAsync(
            new() { ["Slack:InitialBackoff"] = "00:00:01" },
            replaceServices: services => services.AddSingleton<IWebSocketFactory>(sockets));
        var first = await h.AcceptConnectionAsync();

        sockets.Created[0].FailNextReceive(new IOException("scripted failure nobody expects"));
        await first.SendUnlessDroppedAsync(Envelopes.AppMention("env-1", "Ev1", "first?"), h.Timeout);

        await AssertReconnectsAndAnswersAsync(h);
        Assert.Contains(h.Logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error
            && r.Message.Contains("Socket Mode session failed", StringComparison.Ordinal) && r.Exception is IOException);
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

    // The adapter survives the failed connection: after the backoff it connects again and answers there.
    private static async Task AssertReconnectsAndAnswersAsync(SlackAdapterHarness h)
    {
        var backoff = h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1.25), h.Timeout);
        Assert.Same(backoff, await Task.WhenAny(backoff, h.Run));
        h.Time.Advance(await backoff);
        var second = await h.AcceptConnectionAsync();
        await second.SendAsync(Envelopes.AppMention("env-2", "Ev2", "back?", ts: "1610241700.000042"), h.Timeout);
        while ((string?)(await h.NextPostAsync())["thread_ts"] != "1610241700.000042")
        {
            // env-1 may have been answered on the first connection.
        }

        Assert.Equal(2, h.Slack.ConnectionsOpened);
        Assert.False(h.Run.IsCompleted);
    }
}
