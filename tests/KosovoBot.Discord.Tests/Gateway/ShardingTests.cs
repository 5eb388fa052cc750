using System.Text.Json.Nodes;
using KosovoBot.Core.SharedState;
using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Redis;
using KosovoBot.Testing;
using KosovoBot.Testing.Redis;
using KosovoBot.Testing.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Discord.Tests.Gateway;

public sealed class ShardingTests
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task TwoProcesses_SharingRedis_IdentifyTheirShardsAtLeastFiveSecondsApartInTheOneBucket()
    {
        using var timeout = TestTimeout.Create();
        using var garnet = GarnetHost.Start();
        var prefix = "discord" + Guid.NewGuid().ToString("N")[..8] + ":";
        await using var server = await FakeDiscordServer.StartAsync();
        var time = new SignalingTimeProvider(new DateTimeOffset(2007, 12, 7, 12, 0, 0, TimeSpan.Zero));
        await using var connectionA = await garnet.ConnectAsync(prefix: prefix);
        await using var connectionB = await garnet.ConnectAsync(prefix: prefix);
        await using var processA = DiscordHarness.Start(server, _ => { }, Shards("0-1"), time: time, arrange: Redis(connectionA), shared: true);
        await using var processB = DiscordHarness.Start(server, _ => { }, Shards("2,3"), time: time, arrange: Redis(connectionB), shared: true);

        var identifies = new List<(int Shard, DateTimeOffset At)>();
        for (var round = 0; round < 4; round++)
        {
            var connection = await server.NextConnectionAsync(timeout.Token);
            await connection.SendAsync(Fixtures.Json("gateway-hello.json"), timeout.Token);
            var identify = await connection.ReceiveAsync(timeout.Token);
            Assert.Equal(2, identify["op"]!.GetValue<int>());
            var shard = identify["d"]!["shard"]!.AsArray();
            Assert.Equal(4, shard[1]!.GetValue<int>());
            identifies.Add((shard[0]!.GetValue<int>(), time.GetUtcNow()));

            // Every shard still waiting for the bucket was told to come back in 5 s.
            for (var waiting = 0; waiting < 3 - round; waiting++)
            {
                await time.WaitForTimerAsync(Spacing, Spacing, timeout.Token);
            }

            time.Advance(Spacing);
        }

        Assert.Equal([0, 1, 2, 3], identifies.Select(i => i.Shard).Order());
        Assert.All(identifies.Zip(identifies.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= Spacing, $"{pair.First} then {pair.Second}"));
    }

    [Fact]
    public async Task OneProcess_SeveralShards_IdentifiesOnePerBucketAtATime_OverOneRestClient()
    {
        using var timeout = TestTimeout.Create();
        var server = await FakeDiscordServer.StartAsync();
        var gateway = Fixtures.Json("get-gateway-bot-response.json");
        gateway["url"] = server.GatewayUrl.AbsoluteUri;
        gateway["shards"] = 4;
        gateway["session_start_limit"]!["max_concurrency"] = 2;
        await using var harness = DiscordHarness.Start(
            server,
            s => s.Script("GET /gateway/bot", new ScriptedResponse(200, new Dictionary<string, string>(), gateway.ToJsonString())),
            new Dictionary<string, string?> { ["Discord:ShardCount"] = null });

        var first = await IdentifiedShardsAsync(harness, 2, timeout.Token);
        await harness.Time.WaitForTimerAsync(Spacing, Spacing, timeout.Token);
        await harness.Time.WaitForTimerAsync(Spacing, Spacing, timeout.Token);
        harness.Time.Advance(Spacing);
        var second = await IdentifiedShardsAsync(harness, 2, timeout.Token);

        // Shards 0 and 1 are in different buckets (shard % 2), so they identify together; 2 and 3 wait for theirs.
        Assert.Equal([0, 1], first.Order());
        Assert.Equal([2, 3], second.Order());
        Assert.Single(server.RequestsTo("GET /gateway/bot"));
    }

    [Fact]
    public async Task TwoProcessesOnTheSameShard_SharingRedis_AnswerAMessageOnce()
    {
        using var timeout = TestTimeout.Create();
        using var garnet = GarnetHost.Start();
        var prefix = "discord" + Guid.NewGuid().ToString("N")[..8] + ":";
        await using var server = await FakeDiscordServer.StartAsync();
        await using var connectionA = await garnet.ConnectAsync(prefix: prefix);
        await using var connectionB = await garnet.ConnectAsync(prefix: prefix);
        // A rolling deploy: the old and the new process both run shard 0 for a moment and both receive the message.
        await using var processA = DiscordHarness.Start(server, _ => { }, arrange: Dedup(connectionA), shared: true);
        var gatewayA = await processA.ConnectReadyAsync(timeout.Token);
        await using var processB = DiscordHarness.Start(server, _ => { }, arrange: Dedup(connectionB), shared: true);
        var gatewayB = await processB.ConnectReadyAsync(timeout.Token);

        var message = DiscordHarness.DirectMessage("900", "how many troops?");
        await gatewayA.DispatchAsync("MESSAGE_CREATE", 2, message, timeout.Token);
        await gatewayB.DispatchAsync("MESSAGE_CREATE", 2, message.DeepClone(), timeout.Token);
        // Messages of one channel are answered in order: once both trailing messages are answered, so is anything before.
        await gatewayA.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.DirectMessage("901", "trailing?"), timeout.Token);
        await gatewayB.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.DirectMessage("902", "trailing?"), timeout.Token);

        var answered = new List<string>();
        while (!(answered.Contains("901") && answered.Contains("902")))
        {
            var reply = await server.NextRequestAsync("POST /channels/", timeout.Token);
            answered.Add(reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        }

        Assert.Single(answered, id => id == "900");
        Assert.Equal(3, answered.Count);
    }

    private static async Task<List<int>> IdentifiedShardsAsync(DiscordHarness harness, int count, CancellationToken cancellationToken)
    {
        var shards = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var (_, identify) = await harness.AcceptAsync(cancellationToken);
            Assert.True(JsonNode.DeepEquals(new JsonArray(identify["d"]!["shard"]![0]!.GetValue<int>(), 4), identify["d"]!["shard"]));
            shards.Add(identify["d"]!["shard"]![0]!.GetValue<int>());
        }

        return shards;
    }

    private static Dictionary<string, string?> Shards(string shards) => new()
    {
        ["Discord:Shards"] = shards,
        ["Discord:ShardCount"] = "4",
    };

    private static Action<IServiceCollection> Dedup(RedisConnection connection) => services =>
    {
        services.AddSingleton(connection);
        services.AddSingleton<IEventDeduplicator, RedisEventDeduplicator>();
    };

    private static Action<IServiceCollection> Redis(RedisConnection connection) => services =>
    {
        services.AddSingleton(connection);
        services.AddSingleton<IIntervalLock, RedisIntervalLock>();
    };
}
