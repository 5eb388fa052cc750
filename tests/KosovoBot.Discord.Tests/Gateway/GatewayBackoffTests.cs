using System.Text.Json.Nodes;
using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests.Gateway;

/// <summary>
/// Connections that reach READY or RESUMED and drop again at once must not reconnect in a tight loop: the pause
/// between attempts grows until a connection stays up, and no identify goes past Discord's daily budget.
/// </summary>
public sealed class GatewayBackoffTests
{
    // Reconnect pauses of this harness (jitter fixed at 0.5): 1.25 s, 2.5 s, 5 s, 10 s. The window leaves out the
    // first heartbeat (22.5 s) and the Hello timeout (30 s), which are timers too.
    private static readonly TimeSpan MinPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    public async Task Close_ResumedThenDroppedAgainAndAgain_BacksOffLongerEachTime(int code)
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var pauses = new List<TimeSpan>();

        for (var i = 0; i < 4; i++)
        {
            await connection.CloseAsync(code, timeout.Token);
            var pause = await harness.Time.WaitForTimerAsync(MinPause, MaxPause, timeout.Token);
            var next = harness.Server.NextConnectionAsync(timeout.Token);
            Assert.False(next.IsCompleted, "the bot reconnected before its backoff ran out");
            pauses.Add(pause);
            harness.Time.Advance(pause);

            connection = await next;
            await connection.SendAsync(Fixtures.Json("gateway-hello.json"), timeout.Token);
            var resume = await connection.ReceiveAsync(timeout.Token);
            Assert.Equal(6, resume["op"]!.GetValue<int>());
            await connection.SendAsync(new JsonObject { ["op"] = 0, ["s"] = 2 + i, ["t"] = "RESUMED", ["d"] = new JsonObject() }, timeout.Token);
        }

        Assert.Equal([1.25, 2.5, 5, 10], pauses.Select(p => p.TotalSeconds));
    }

    [Fact]
    public async Task Identify_ReadyThenSessionTimeoutTwice_KeepsFiveSecondsBetweenIdentifies()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var identifiedAt = new List<DateTimeOffset> { harness.Time.GetUtcNow() };

        for (var i = 0; i < 2; i++)
        {
            await connection.CloseAsync(4009, timeout.Token);
            var pause = await harness.Time.WaitForTimerAsync(MinPause, MaxPause, timeout.Token);
            var next = harness.Server.NextConnectionAsync(timeout.Token);
            harness.Time.Advance(pause - TimeSpan.FromMilliseconds(1));
            Assert.False(next.IsCompleted, "the bot identified before the pause ran out");
            harness.Time.Advance(TimeSpan.FromMilliseconds(1));
            connection = await next;
            await connection.SendAsync(Fixtures.Json("gateway-hello.json"), timeout.Token);
            var identify = await connection.ReceiveAsync(timeout.Token);
            Assert.Equal(2, identify["op"]!.GetValue<int>());
            identifiedAt.Add(harness.Time.GetUtcNow());
            await connection.SendAsync(Ready(harness), timeout.Token);
        }

        Assert.All(identifiedAt.Zip(identifiedAt.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(5), $"{pair.Second - pair.First}"));
    }

    [Fact]
    public async Task Close_SessionTimedOutRightAfterReadyAgainAndAgain_IdentifiesWithGrowingPauses()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var pauses = new List<TimeSpan>();

        for (var i = 0; i < 4; i++)
        {
            await connection.CloseAsync(4009, timeout.Token);
            var pause = await harness.Time.WaitForTimerAsync(MinPause, MaxPause, timeout.Token);
            pauses.Add(pause);
            harness.Time.Advance(pause);

            var (next, identify) = await harness.AcceptAsync(timeout.Token);
            Assert.Equal(2, identify["op"]!.GetValue<int>());
            await next.SendAsync(Ready(harness), timeout.Token);
            connection = next;
        }

        // The backoff (1.25 s, 2.5 s, 5 s, 10 s) never goes below the 5 s Discord asks for between identifies.
        Assert.Equal([5, 5, 5, 10], pauses.Select(p => p.TotalSeconds));
        Assert.Single(harness.Server.RequestsTo("GET /gateway/bot"));
    }

    [Fact]
    public async Task Close_AfterAConnectionStayedUpAMinute_StartsOverAtTheShortestPause()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        for (var i = 0; i < 3; i++)
        {
            await connection.CloseAsync(4000, timeout.Token);
            harness.Time.Advance(await harness.Time.WaitForTimerAsync(MinPause, MaxPause, timeout.Token));
            (connection, _) = await harness.AcceptAsync(timeout.Token);
            await connection.SendAsync(new JsonObject { ["op"] = 0, ["s"] = 2 + i, ["t"] = "RESUMED", ["d"] = new JsonObject() }, timeout.Token);
        }

        // Up for a minute (heartbeats answered), then dropped: that connection was healthy.
        harness.Time.Advance(TimeSpan.FromSeconds(60));
        await connection.NextHeartbeatAsync(timeout.Token);
        await connection.CloseAsync(4000, timeout.Token);
        var pause = await harness.Time.WaitForTimerAsync(MinPause, MaxPause, timeout.Token);

        Assert.Equal(TimeSpan.FromSeconds(1.25), pause);
    }

    [Fact]
    public async Task Identify_BudgetRunsOutWhileReconnecting_WaitsForTheResetBeforeIdentifyingAgain()
    {
        using var timeout = TestTimeout.Create();
        var server = await FakeDiscordServer.StartAsync();
        var gateway = Fixtures.Json("get-gateway-bot-response.json");
        gateway["url"] = server.GatewayUrl.AbsoluteUri;
        gateway["session_start_limit"]!["remaining"] = 2;
        gateway["session_start_limit"]!["reset_after"] = 3_600_000;
        await using var harness = DiscordHarness.Start(server, s => s.Script(
            "GET /gateway/bot", new ScriptedResponse(200, new Dictionary<string, string>(), gateway.ToJsonString())));

        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await connection.CloseAsync(4009, timeout.Token);
        harness.Time.Advance(await harness.Time.WaitForTimerAsync(MinPause, MaxPause, timeout.Token));
        var (second, identify) = await harness.AcceptAsync(timeout.Token);
        Assert.Equal(2, identify["op"]!.GetValue<int>());
        await second.SendAsync(Ready(harness), timeout.Token);

        // Both identifies are spent: the next one waits for the budget to reset (an hour after /gateway/bot answered).
        await second.CloseAsync(4009, timeout.Token);
        harness.Time.Advance(await harness.Time.WaitForTimerAsync(MinPause, MaxPause, timeout.Token));
        var reset = await harness.Time.WaitForTimerAsync(TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), timeout.Token);
        var next = harness.Server.NextConnectionAsync(timeout.Token);
        Assert.False(next.IsCompleted, "the bot identified past its budget");
        Assert.Equal(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(5 + 5), reset);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("gateway identifies", StringComparison.Ordinal));

        harness.Time.Advance(reset);
        var third = await next;
        await third.SendAsync(Fixtures.Json("gateway-hello.json"), timeout.Token);
        var handshake = await third.ReceiveAsync(timeout.Token);

        Assert.Equal(2, handshake["op"]!.GetValue<int>());
        Assert.Equal(2, harness.Server.RequestsTo("GET /gateway/bot").Count);
    }

    private static JsonObject Ready(DiscordHarness harness)
    {
        var ready = Fixtures.Json("gateway-ready.json");
        ready["d"]!["resume_gateway_url"] = harness.Server.ResumeUrl.AbsoluteUri;
        return ready;
    }
}
