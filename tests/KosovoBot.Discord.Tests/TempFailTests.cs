using KosovoBot.Discord.Tests.Fakes;

namespace KosovoBot.Discord.Tests;

public sealed class TempFailTests
{
    [Fact]
    public async Task Temp_FailAfterRateLimit()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        harness.Server.Script("POST /channels/", ScriptedResponse.FromHttpExample(TestData.Text("discord-429-user-response.http.txt")));
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("800", "how many troops?"), timeout.Token);
        await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);
        Assert.Fail("boom");
    }
}
