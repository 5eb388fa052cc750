using KosovoBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests.Rest;

public sealed class RateLimitTests
{
    private const string Messages = "POST /channels/";

    [Theory]
    [InlineData("discord-429-user-response.http.txt")]
    [InlineData("discord-429-global-response.http.txt")]
    public async Task Reply_429_IsWaitedOutAndArrivesOnce(string example)
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        harness.Server.Script(Messages, ScriptedResponse.FromHttpExample(Fixtures.Text(example)));

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("800", "how many troops?"), timeout.Token);
        var refused = await harness.Server.NextRequestAsync(Messages, timeout.Token);
        var wait = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(70), timeout.Token);
        harness.Time.Advance(wait);
        var retried = await harness.Server.NextRequestAsync(Messages, timeout.Token);

        Assert.InRange(wait, TimeSpan.FromSeconds(64.57), TimeSpan.FromSeconds(64.571));
        Assert.Equal(refused.Body, retried.Body);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.DirectMessage("801", "and now?"), timeout.Token);
        var next = await harness.Server.NextRequestAsync(Messages, timeout.Token);
        Assert.Contains("801", next.Body, StringComparison.Ordinal);
        Assert.Equal(3, harness.Server.RequestsTo(Messages).Count);
    }

    [Fact]
    public async Task Reply_GlobalLimit_DoesNotHoldInteractionCallbacks()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        harness.Server.Script(Messages, ScriptedResponse.FromHttpExample(Fixtures.Text("discord-429-global-response.http.txt")));

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("802", "how many troops?"), timeout.Token);
        await harness.Server.NextRequestAsync(Messages, timeout.Token);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(70), timeout.Token);
        await connection.DispatchAsync("INTERACTION_CREATE", 3, DiscordHarness.Command("803", "help"), timeout.Token);

        // The callback is sent while the message reply still waits out the global limit.
        await harness.Server.NextRequestAsync("POST /interactions/", timeout.Token);
        Assert.Single(harness.Server.RequestsTo(Messages));
        harness.Time.Advance(TimeSpan.FromSeconds(65));
        await harness.Server.NextRequestAsync(Messages, timeout.Token);
        Assert.Equal(2, harness.Server.RequestsTo(Messages).Count);
    }

    [Fact]
    public async Task Reply_BucketExhausted_WaitsForTheResetBeforeSending()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var headers = Fixtures.Text("rate-limit-headers-example.txt")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());
        harness.Server.Script(Messages, new ScriptedResponse(200, headers, Fixtures.Text("message-object.json")));

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("804", "first"), timeout.Token);
        await harness.Server.NextRequestAsync(Messages, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.DirectMessage("805", "second"), timeout.Token);
        var wait = await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), timeout.Token);

        Assert.Single(harness.Server.RequestsTo(Messages));
        harness.Time.Advance(wait);
        var second = await harness.Server.NextRequestAsync(Messages, timeout.Token);
        Assert.Contains("805", second.Body, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
    }

    [Fact]
    public async Task Reply_ServerErrors_AreRetriedABoundedNumberOfTimesThenDropped()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync(new Dictionary<string, string?> { ["Discord:MaxRetries"] = "2" });
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var error = new ScriptedResponse(502, new Dictionary<string, string>(), """{"message":"Bad Gateway","code":0}""");
        for (var i = 0; i < 3; i++)
        {
            harness.Server.Script(Messages, error);
        }

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("806", "how many troops?"), timeout.Token);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await harness.Server.NextRequestAsync(Messages, timeout.Token);
            var backoff = await harness.Time.WaitForTimerAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), timeout.Token);
            harness.Time.Advance(backoff);
        }

        await harness.Server.NextRequestAsync(Messages, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.DirectMessage("807", "next one"), timeout.Token);
        var next = await harness.Server.NextRequestAsync(Messages, timeout.Token);

        Assert.Contains("807", next.Body, StringComparison.Ordinal);
        Assert.Equal(4, harness.Server.RequestsTo(Messages).Count);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("HTTP 502", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InteractionCallback_ServerErrors_AreNotRetriedPastTheThreeSecondWindow()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            harness.Server.Script("POST /interactions/", new ScriptedResponse(500, new Dictionary<string, string>(), """{"message":"500: Internal Server Error","code":0}"""));
        }

        var rest = harness.Provider.GetRequiredService<KosovoBot.Discord.Rest.DiscordRestClient>();
        var response = new KosovoBot.Discord.Protocol.InteractionResponse { Type = KosovoBot.Discord.Protocol.InteractionCallbackType.DeferredChannelMessageWithSource };
        var sending = rest.CreateInteractionResponseAsync("30", "A_UNIQUE_TOKEN", response, harness.Time.GetUtcNow() + TimeSpan.FromSeconds(3), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/", timeout.Token);
        // Backoff with the fixed jitter: 0.625 s, 1.25 s, then 2.5 s, which ends past the 3-second window.
        harness.Time.Advance(await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(0.625), TimeSpan.FromSeconds(0.625), timeout.Token));
        await harness.Server.NextRequestAsync("POST /interactions/", timeout.Token);
        harness.Time.Advance(await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1.25), TimeSpan.FromSeconds(1.25), timeout.Token));
        await harness.Server.NextRequestAsync("POST /interactions/", timeout.Token);
        harness.Time.Advance(await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(2.5), timeout.Token));

        await Assert.ThrowsAsync<KosovoBot.Discord.Rest.DiscordRestException>(() => sending.WaitAsync(timeout.Token));
        Assert.Equal(3, harness.Server.RequestsTo("POST /interactions/").Count);
    }
}
