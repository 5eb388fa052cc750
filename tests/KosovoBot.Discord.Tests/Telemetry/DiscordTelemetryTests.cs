using System.Text.Json.Nodes;
using KosovoBot.Core.Health;
using KosovoBot.Core.Telemetry;
using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace KosovoBot.Discord.Tests.Telemetry;

/// <summary>What the Discord adapter reports for <c>/readyz</c> and <c>/metrics</c>.</summary>
public sealed class DiscordTelemetryTests
{
    private const string Messages = "POST /channels/";

    [Fact]
    public async Task Gateway_ReadyDropResume_ReportsConnectionStateAndCountsTheReconnect()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var states = harness.Provider.GetRequiredService<AdapterConnections>();
        using var reconnects = new MetricCollector<long>(harness.Provider.GetRequiredService<BotTelemetry>().Meter, "kosovobot.reconnects");
        var before = states.IsConnected("discord");

        var first = await harness.ConnectReadyAsync(timeout.Token);
        await first.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("700", "how many troops?"), timeout.Token);
        await harness.Server.NextRequestAsync(Messages, timeout.Token);
        var afterReady = states.IsConnected("discord");

        await first.SendAsync(Fixtures.Json("gateway-reconnect.json"), timeout.Token);
        var pause = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), timeout.Token);
        var whileAway = states.IsConnected("discord");
        harness.Time.Advance(pause);
        var (second, _) = await harness.AcceptAsync(timeout.Token);
        await second.SendAsync(new JsonObject { ["op"] = 0, ["s"] = 3, ["t"] = "RESUMED", ["d"] = new JsonObject() }, timeout.Token);
        await second.DispatchAsync("MESSAGE_CREATE", 4, DiscordHarness.DirectMessage("701", "and now?"), timeout.Token);
        await harness.Server.NextRequestAsync(Messages, timeout.Token);

        Assert.False(before);
        Assert.True(afterReady);
        Assert.False(whileAway);
        Assert.True(states.IsConnected("discord"));
        var counted = Assert.Single(reconnects.GetMeasurementSnapshot());
        Assert.Equal("discord", counted.Tags["platform"]);
        Assert.Equal("resume", counted.Tags["reason"]);
    }

    [Fact]
    public async Task Gateway_TwoShardsInOneProcess_ReportConnectedOnlyOnceBothAreReady()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:Shards"] = "0-1",
            ["Discord:ShardCount"] = "2",
        });
        var states = harness.Provider.GetRequiredService<AdapterConnections>();

        var first = await harness.ConnectReadyAsync(timeout.Token);
        await first.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("900", "how many troops?"), timeout.Token);
        await harness.Server.NextRequestAsync(Messages, timeout.Token);
        var oneOfTwo = states.IsConnected("discord");

        // One identify bucket: the second shard identifies 5 s after the first.
        var spacing = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), timeout.Token);
        harness.Time.Advance(spacing);
        var second = await harness.ConnectReadyAsync(timeout.Token);
        await second.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("901", "and now?"), timeout.Token);
        await harness.Server.NextRequestAsync(Messages, timeout.Token);

        Assert.False(oneOfTwo);
        Assert.True(states.IsConnected("discord"));
    }

    [Fact]
    public async Task Reply_429_IsCountedAsRateLimited()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        using var limited = new MetricCollector<long>(harness.Provider.GetRequiredService<BotTelemetry>().Meter, "kosovobot.rest.rate_limited");
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        harness.Server.Script(Messages, ScriptedResponse.FromHttpExample(Fixtures.Text("discord-429-user-response.http.txt")));

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("800", "how many troops?"), timeout.Token);
        await harness.Server.NextRequestAsync(Messages, timeout.Token);
        var wait = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(70), timeout.Token);
        harness.Time.Advance(wait);
        await harness.Server.NextRequestAsync(Messages, timeout.Token);

        Assert.Equal("discord", Assert.Single(limited.GetMeasurementSnapshot()).Tags["platform"]);
    }
}
