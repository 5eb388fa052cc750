using System.Text.Json.Nodes;
using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests.Gateway;

public sealed class GatewayMalformedFrameTests
{
    [Fact]
    public async Task RunAsync_HelloWithoutData_ReconnectsInsteadOfStopping()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync(timeout.Token);

        await first.SendAsync(new JsonObject { ["op"] = 10 }, timeout.Token);
        var backoff = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), timeout.Token);
        harness.Time.Advance(backoff);
        // The identify bucket was entered for the first connection (before its Hello), so the next identify waits out the rest of its 5 s.
        var bucket = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3.75), TimeSpan.FromSeconds(3.75), timeout.Token);
        harness.Time.Advance(bucket);
        var (_, identify) = await harness.AcceptAsync(timeout.Token);

        Assert.Equal(2, identify["op"]!.GetValue<int>());
        Assert.False(harness.Run.IsCompleted);
    }

    [Theory]
    [InlineData("user")]
    [InlineData("d")]
    public async Task RunAsync_ReadyMissingItsUserOrData_IdentifiesAnewAndKeepsAnswering(string broken)
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var (first, _) = await harness.AcceptAsync(timeout.Token);
        var ready = Fixtures.Json("gateway-ready.json");
        ready["d"]!["resume_gateway_url"] = harness.Server.ResumeUrl.AbsoluteUri;
        var malformed = ready.DeepClone().AsObject();
        if (broken == "d")
        {
            malformed.Remove("d");
        }
        else
        {
            malformed["d"]![broken] = null;
        }

        await first.SendAsync(malformed, timeout.Token);
        Assert.Equal(4000, await first.Closed.WaitAsync(timeout.Token));
        // The identify that led to the broken READY was sent a moment ago: the next one waits out the 5-second spacing.
        var backoff = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), timeout.Token);
        harness.Time.Advance(backoff);
        var (second, identify) = await harness.AcceptAsync(timeout.Token);
        await second.SendAsync(ready, timeout.Token);
        await second.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("610", "still there?"), timeout.Token);
        var reply = await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);

        Assert.Equal(2, identify["op"]!.GetValue<int>());
        Assert.Equal("/gateway", second.Path);
        Assert.Equal("610", reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.False(harness.Run.IsCompleted);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("malformed READY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_DispatchWithoutData_IsSkippedAndTheConnectionStaysUp()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.SendAsync(new JsonObject { ["op"] = 0, ["s"] = 2, ["t"] = "MESSAGE_CREATE" }, timeout.Token);
        await connection.SendAsync(new JsonObject { ["op"] = 0, ["s"] = 3, ["t"] = "INTERACTION_CREATE", ["d"] = null }, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 4, DiscordHarness.DirectMessage("611", "still there?"), timeout.Token);
        var reply = await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);

        Assert.Equal("611", reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.False(connection.Closed.IsCompleted);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("malformed MESSAGE_CREATE", StringComparison.Ordinal));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("malformed INTERACTION_CREATE", StringComparison.Ordinal));
    }
}
