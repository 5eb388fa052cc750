using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Rest;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Tests.Gateway;

public sealed class GatewayUnitTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public void Classify_FatalCodes_AreFatalWithTheirOwnFix(int code)
    {
        Assert.Equal(CloseAction.Fatal, GatewayCloseCodes.Classify(code));
        Assert.NotEqual(GatewayCloseCodes.FixFor(4999), GatewayCloseCodes.FixFor(code));
    }

    [Theory]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4003, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(null, "Resume")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    public void Classify_TransientCodes_Reconnect(int? code, string expected) =>
        Assert.Equal(expected, GatewayCloseCodes.Classify(code).ToString());

    [Fact]
    public void FixFor_4014_NamesTheSettingThatAsksForThePrivilegedIntent() =>
        Assert.Contains("Discord:MessageContent", GatewayCloseCodes.FixFor(4014), StringComparison.Ordinal);

    [Theory]
    [InlineData(0.0, -1, 1000)]
    [InlineData(0.0, 0, 1000)]
    [InlineData(1.0, 0, 1500)]
    [InlineData(0.0, 1, 1000)]
    [InlineData(0.5, 1, 1250)]
    [InlineData(0.5, 2, 2500)]
    [InlineData(0.5, 4, 10000)]
    [InlineData(0.5, 30, 60000)]
    [InlineData(0.0, 3, 4000)]
    [InlineData(1.0, 3, 6000)]
    public void GetDelay_Failures_BackOffExponentiallyWithJitterUpToTheCapAndNeverBelowOneSecond(double jitter, int failures, int expectedMilliseconds)
    {
        var policy = new ReconnectPolicy(Options.Create(new DiscordOptions()), new FixedRandom(jitter));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), policy.GetDelay(failures));
    }

    [Theory]
    [InlineData(0.0, 1000)]
    [InlineData(1.0, 5000)]
    public void GetInvalidSessionDelay_IsOneToFiveSeconds(double jitter, int expectedMilliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), new ReconnectPolicy(Options.Create(new DiscordOptions()), new FixedRandom(jitter)).GetInvalidSessionDelay());

    [Fact]
    public void TryAdvance_SequenceAtOrBelowTheLast_IsADuplicateUntilTheSessionIsCleared()
    {
        var state = new ShardSession(0, 1);

        Assert.True(state.TryAdvance(1));
        Assert.True(state.TryAdvance(2));
        Assert.False(state.TryAdvance(2));
        Assert.False(state.TryAdvance(1));
        state.ClearSession();
        Assert.True(state.TryAdvance(1));
    }

    [Fact]
    public void WithQuery_ResumeUrlWithoutQuery_GetsVersionAndEncoding() =>
        Assert.Equal("wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json", GatewayUrls.WithQuery(new Uri("wss://gateway-us-east1-b.discord.gg")).AbsoluteUri);

    [Theory]
    [InlineData("POST", "channels/290926798999357250/messages", "POST /channels/290926798999357250/messages", "channels/290926798999357250")]
    [InlineData("PUT", "applications/1/guilds/2/commands", "PUT /applications/:id/guilds/2/commands", "guilds/2")]
    [InlineData("POST", "interactions/786008729715212338/A_UNIQUE_TOKEN/callback", "POST /interactions/786008729715212338/:token/callback", "interactions/786008729715212338/A_UNIQUE_TOKEN")]
    [InlineData("PATCH", "webhooks/1/A_UNIQUE_TOKEN/messages/@original", "PATCH /webhooks/1/:token/messages/@original", "webhooks/1/A_UNIQUE_TOKEN")]
    [InlineData("GET", "gateway/bot", "GET /gateway/bot", "")]
    public void From_Path_KeysByMajorParameterAndKeepsTokensOutOfTheKey(string method, string path, string key, string major)
    {
        var route = DiscordRoute.From(new HttpMethod(method), path);

        Assert.Equal(key, route.Key);
        Assert.Equal(major, route.MajorParameter);
        Assert.DoesNotContain("A_UNIQUE_TOKEN", route.ToString(), StringComparison.Ordinal);
    }
}
