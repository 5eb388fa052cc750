using System.Text.Json.Nodes;
using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests.Gateway;

public sealed class GatewayIdentifyTests
{
    [Fact]
    public async Task RunAsync_AfterHello_IdentifiesWithTokenIntentsAndShard()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();

        var (connection, identify) = await harness.AcceptAsync(timeout.Token);

        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(2, identify["op"]!.GetValue<int>());
        var d = identify["d"]!;
        Assert.Equal(DiscordHarness.Token, d["token"]!.GetValue<string>());
        // GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES: content comes with mentions and DMs, so no privileged intent.
        Assert.Equal(1 | 512 | 4096, d["intents"]!.GetValue<int>());
        Assert.Equal(0, d["intents"]!.GetValue<int>() & (1 << 15));
        Assert.True(JsonNode.DeepEquals(new JsonArray(0, 1), d["shard"]));
        Assert.Equal(["browser", "device", "os"], d["properties"]!.AsObject().Select(p => p.Key).Order());

        var gatewayBot = Assert.Single(harness.Server.RequestsTo("GET /gateway/bot"));
        Assert.Equal($"Bot {DiscordHarness.Token}", gatewayBot.Authorization);
        Assert.StartsWith("DiscordBot (https://", gatewayBot.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ShardSettings_IdentifyCarriesThem()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:ShardId"] = "1",
            ["Discord:ShardCount"] = "2",
        });

        var (_, identify) = await harness.AcceptAsync(timeout.Token);

        Assert.True(JsonNode.DeepEquals(new JsonArray(1, 2), identify["d"]!["shard"]));
    }

    [Fact]
    public async Task RunAsync_FirstHeartbeat_IsJitteredAndCarriesLastSequence()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("700", "hi"), timeout.Token);
        await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);

        // Fixed jitter 0.5 of the fixture's 45 s interval.
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(22.5), TimeSpan.FromSeconds(22.5), timeout.Token);
        harness.Time.Advance(TimeSpan.FromSeconds(22.5));
        var heartbeat = await connection.NextHeartbeatAsync(timeout.Token);

        Assert.Equal(1, heartbeat["op"]!.GetValue<int>());
        Assert.Equal(2, heartbeat["d"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_DispatchSplitOverManyFrames_IsReassembled()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        var message = DiscordHarness.DirectMessage("701", "how many troops? " + new string('x', 10_000));
        await connection.SendFragmentedAsync(new JsonObject { ["op"] = 0, ["s"] = 2, ["t"] = "MESSAGE_CREATE", ["d"] = message.DeepClone() }, 1000, timeout.Token);
        var reply = await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);

        Assert.Equal("701", reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal(10_017, Assert.Single(harness.Router.Requests).Text.Length);
    }

    [Fact]
    public async Task RunAsync_NoHelloInTime_Reconnects()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        await harness.Server.NextConnectionAsync(timeout.Token);

        // The connect timeout (30 s by default) bounds opening the socket, then the wait for Hello.
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), timeout.Token);
        var wait = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), timeout.Token);
        harness.Time.Advance(wait);

        // The connection never got going, so the next attempt backs off (1.25 s with the fixed jitter).
        var backoff = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), timeout.Token);
        harness.Time.Advance(backoff);
        var (_, identify) = await harness.AcceptAsync(timeout.Token);

        Assert.Equal(2, identify["op"]!.GetValue<int>());
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("no Hello", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_IdentifyBudgetUsedUp_WaitsForTheResetBeforeConnecting()
    {
        using var timeout = TestTimeout.Create();
        var server = await FakeDiscordServer.StartAsync();
        var gateway = Fixtures.Json("get-gateway-bot-response.json");
        gateway["url"] = server.GatewayUrl.AbsoluteUri;
        gateway["session_start_limit"]!["remaining"] = 0;
        gateway["session_start_limit"]!["reset_after"] = 7000;
        await using var harness = DiscordHarness.Start(server, s => s.Script(
            "GET /gateway/bot", new ScriptedResponse(200, new Dictionary<string, string>(), gateway.ToJsonString())));

        var wait = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7), timeout.Token);
        harness.Time.Advance(wait);
        var (_, identify) = await harness.AcceptAsync(timeout.Token);

        Assert.Equal(2, identify["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunAsync_ServerHeartbeatRequest_AnswersAtOnce()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null }, timeout.Token);
        var heartbeat = await connection.NextHeartbeatAsync(timeout.Token);

        Assert.Equal(1, heartbeat["d"]!.GetValue<int>());
    }
}
