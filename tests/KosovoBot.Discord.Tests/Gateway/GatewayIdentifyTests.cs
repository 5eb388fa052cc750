using System.Text.Json.Nodes;
using KosovoBot.Discord.Tests.Fakes;

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
        Assert.Equal(37377, d["intents"]!.GetValue<int>());
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
