using System.Text.Json.Nodes;
using KosovoBot.Core.Chat;
using KosovoBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests.Gateway;

public sealed class GatewayReconnectTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Heartbeat_NoAckBeforeTheNext_ResumesWithSessionAndLastSequenceAndAnswersReplaysOnce()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.ConnectReadyAsync(timeout.Token);
        var message = DiscordHarness.DirectMessage("600", "how many troops?");
        await first.DispatchAsync("MESSAGE_CREATE", 2, message, timeout.Token);
        await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);

        first.AutoAck = false;
        harness.Time.Advance(Interval);
        await first.NextHeartbeatAsync(timeout.Token);
        harness.Time.Advance(Interval);
        await AdvancePastReconnectDelayAsync(harness, timeout.Token);

        var (second, resume) = await harness.AcceptAsync(timeout.Token);
        Assert.Equal("/resume", second.Path);
        Assert.Equal("?v=10&encoding=json", second.Query);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$$"""{"op":6,"d":{"token":"{{{DiscordHarness.Token}}}","session_id":"session_id_i_stored","seq":2}}"""),
            resume));
        Assert.Null(await first.Closed.WaitAsync(timeout.Token));

        // Discord replays from the sequence it holds; the same message may also come again under a new sequence.
        await second.DispatchAsync("MESSAGE_CREATE", 2, message, timeout.Token);
        await second.DispatchAsync("MESSAGE_CREATE", 3, message, timeout.Token);
        await second.DispatchAsync("MESSAGE_CREATE", 4, DiscordHarness.DirectMessage("601", "and after?"), timeout.Token);
        await second.SendAsync(new JsonObject { ["op"] = 0, ["s"] = 5, ["t"] = "RESUMED", ["d"] = new JsonObject() }, timeout.Token);
        var next = await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);

        Assert.Equal("601", next.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal(2, harness.Server.RequestsTo("POST /channels/").Count);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("No heartbeat ACK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconnect_Op7_ClosesResumablyAndResumes()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.ConnectReadyAsync(timeout.Token);

        await first.SendAsync(Fixtures.Json("gateway-reconnect.json"), timeout.Token);
        await AdvancePastReconnectDelayAsync(harness, timeout.Token);
        var (second, resume) = await harness.AcceptAsync(timeout.Token);

        Assert.Equal(4000, await first.Closed.WaitAsync(timeout.Token));
        Assert.Equal("/resume", second.Path);
        Assert.Equal(6, resume["op"]!.GetValue<int>());
        Assert.Equal("session_id_i_stored", resume["d"]!["session_id"]!.GetValue<string>());
        Assert.Equal(1, resume["d"]!["seq"]!.GetValue<int>());
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.ConnectReadyAsync(timeout.Token);

        await first.SendAsync(new JsonObject { ["op"] = 9, ["d"] = true }, timeout.Token);
        await AdvancePastReconnectDelayAsync(harness, timeout.Token);
        var (_, resume) = await harness.AcceptAsync(timeout.Token);

        Assert.Equal(6, resume["op"]!.GetValue<int>());
        Assert.Equal("session_id_i_stored", resume["d"]!["session_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task InvalidSession_NotResumable_WaitsThenIdentifiesAnewOnTheGatewayUrl()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.ConnectReadyAsync(timeout.Token);

        await first.SendAsync(Fixtures.Json("gateway-invalid-session.json"), timeout.Token);
        var pause = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), timeout.Token);
        harness.Time.Advance(pause);
        var (second, identify) = await harness.AcceptAsync(timeout.Token);

        // Discord asks for 1 to 5 s (3 s with the fixed jitter); the identify a moment ago asks for 5 s between identifies.
        Assert.Equal(TimeSpan.FromSeconds(5), pause);
        Assert.Equal("/gateway", second.Path);
        Assert.Equal(2, identify["op"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    public async Task Close_ResumableCode_Resumes(int code)
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.ConnectReadyAsync(timeout.Token);

        await first.CloseAsync(code, timeout.Token);
        await AdvancePastReconnectDelayAsync(harness, timeout.Token);
        var (_, handshake) = await harness.AcceptAsync(timeout.Token);

        Assert.Equal(6, handshake["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Close_SessionTimedOut4009_IdentifiesAnew()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.ConnectReadyAsync(timeout.Token);

        await first.CloseAsync(4009, timeout.Token);
        var pause = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), timeout.Token);
        harness.Time.Advance(pause);
        var (second, handshake) = await harness.AcceptAsync(timeout.Token);

        Assert.Equal(2, handshake["op"]!.GetValue<int>());
        Assert.Equal("/gateway", second.Path);
    }

    [Fact]
    public async Task Close_4014_StopsNamingTheCodeAndNoRetry()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.AcceptAsync(timeout.Token);

        await connection.CloseAsync(4014, timeout.Token);
        var fatal = await Assert.ThrowsAsync<ChatAdapterFatalException>(() => harness.Run.WaitAsync(timeout.Token));

        Assert.Contains("4014", fatal.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:MessageContent", fatal.Message, StringComparison.Ordinal);
        var line = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Critical);
        Assert.Contains("4014", line.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.RequestsTo("GET /gateway/bot"));
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Message.Contains(DiscordHarness.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetGatewayBot_Unauthorized_StopsNamingTheTokenSetting()
    {
        using var timeout = TestTimeout.Create();
        var server = await FakeDiscordServer.StartAsync();
        await using var harness = DiscordHarness.Start(server, s => s.Script(
            "GET /gateway/bot", new ScriptedResponse(401, new Dictionary<string, string>(), """{"message":"401: Unauthorized","code":0}""")));

        var fatal = await Assert.ThrowsAsync<ChatAdapterFatalException>(() => harness.Run.WaitAsync(timeout.Token));

        Assert.Contains("Discord:Token", fatal.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.RequestsTo("GET /gateway/bot"));
    }

    [Fact]
    public async Task GetGatewayBot_ServerDown_IsRetriedWithBackoff()
    {
        using var timeout = TestTimeout.Create();
        var server = await FakeDiscordServer.StartAsync();
        var down = new ScriptedResponse(503, new Dictionary<string, string>(), """{"message":"down","code":0}""");
        await using var harness = DiscordHarness.Start(server, s =>
        {
            for (var i = 0; i < 4; i++)
            {
                s.Script("GET /gateway/bot", down);
            }
        });

        for (var i = 0; i < 4; i++)
        {
            var pause = await harness.Time.WaitForTimerAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), timeout.Token);
            harness.Time.Advance(pause);
        }

        var (_, identify) = await harness.AcceptAsync(timeout.Token);
        Assert.Equal(2, identify["op"]!.GetValue<int>());
        Assert.Equal(5, harness.Server.RequestsTo("GET /gateway/bot").Count);
    }

    [Fact]
    public async Task GetGatewayBot_HtmlErrorPage_IsRetriedWithBackoffInsteadOfStopping()
    {
        using var timeout = TestTimeout.Create();
        var server = await FakeDiscordServer.StartAsync();
        var html = new ScriptedResponse(200, new Dictionary<string, string>(), "<!DOCTYPE html><html><body>Bad gateway</body></html>");
        await using var harness = DiscordHarness.Start(server, s => s.Script("GET /gateway/bot", html));

        var pause = await harness.Time.WaitForTimerAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), timeout.Token);
        Assert.False(harness.Run.IsCompleted, "an HTML answer from /gateway/bot stopped the adapter");
        harness.Time.Advance(pause);
        var (_, identify) = await harness.AcceptAsync(timeout.Token);

        Assert.Equal(2, identify["op"]!.GetValue<int>());
        Assert.Equal(2, harness.Server.RequestsTo("GET /gateway/bot").Count);
    }

    [Fact]
    public async Task Close_4004_StopsNamingTheTokenSettingWithoutPrintingIt()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var (connection, _) = await harness.AcceptAsync(timeout.Token);

        await connection.CloseAsync(4004, timeout.Token);
        var fatal = await Assert.ThrowsAsync<ChatAdapterFatalException>(() => harness.Run.WaitAsync(timeout.Token));

        Assert.Contains("Discord:Token", fatal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordHarness.Token, fatal.Message, StringComparison.Ordinal);
    }

    /// <summary>Waits for the short pause every reconnect takes (1 s to 1.5 s after a healthy connection) and ends it.</summary>
    private static async Task AdvancePastReconnectDelayAsync(DiscordHarness harness, CancellationToken cancellationToken)
    {
        var pause = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), cancellationToken);
        harness.Time.Advance(pause);
    }
}
