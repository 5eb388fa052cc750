using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Testing;

namespace KosovoBot.Discord.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task Logs_AFullSession_HoldNoTokenNoSocketAddressAndNoUserText()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync(new Dictionary<string, string?> { ["Discord:DeferReplies"] = "true" });
        var first = await harness.ConnectReadyAsync(timeout.Token);
        harness.Server.Script("POST /channels/", ScriptedResponse.FromHttpExample(Fixtures.Text("discord-429-user-response.http.txt")));

        await first.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("900", "what did the private-question-words say?"), timeout.Token);
        await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);
        harness.Time.Advance(await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(70), timeout.Token));
        await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);
        await first.DispatchAsync("INTERACTION_CREATE", 3, DiscordHarness.Command("901", "ask", "question", "private-question-words"), timeout.Token);
        await harness.Server.NextRequestAsync("PATCH /webhooks/", timeout.Token);
        await first.SendAsync(Fixtures.Json("gateway-reconnect.json"), timeout.Token);
        harness.Time.Advance(await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), timeout.Token));
        await harness.AcceptAsync(timeout.Token);

        var records = harness.Logs.GetSnapshot();
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var text = record.Message + " " + record.Exception;
            Assert.DoesNotContain(DiscordHarness.Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain("A_UNIQUE_TOKEN", text, StringComparison.Ordinal);
            Assert.DoesNotContain("private-question-words", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ws://", text, StringComparison.Ordinal);
            Assert.DoesNotContain(harness.Server.BaseUrl.Authority, text, StringComparison.Ordinal);
        }
    }
}
