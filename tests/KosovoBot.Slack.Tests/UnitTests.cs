using System.Text;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Dispatch;
using KosovoBot.Slack.Http;
using KosovoBot.Slack.Protocol;
using KosovoBot.Slack.Tests.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using KosovoBot.Testing;

namespace KosovoBot.Slack.Tests;

public sealed class UnitTests
{
    [Fact]
    public void Verify_SlacksDocumentedExample_Valid()
    {
        var vector = Fixtures.Json("slack-signing-test-vector.json");
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds((long)vector["now_for_test_unix"]!));
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = (string)vector["signing_secret"]! }), time);
        var body = Fixtures.Bytes("slack-slash-command-body.txt");
        Assert.Equal((string)vector["raw_body"]!, Encoding.UTF8.GetString(body));

        Assert.Equal(SignatureCheck.Valid, verifier.Verify((string)vector["headers"]!["X-Slack-Request-Timestamp"]!, (string)vector["headers"]!["X-Slack-Signature"]!, body));
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify("1531420618", "v0=00", body));
        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify("1531420618", (string)vector["headers"]!["X-Slack-Signature"]!, [.. body, (byte)'x']));
        Assert.Equal(SignatureCheck.Missing, verifier.Verify(null, "v0=00", body));
        time.Advance(TimeSpan.FromSeconds(300));
        Assert.Equal(SignatureCheck.Valid, verifier.Verify("1531420618", (string)vector["headers"]!["X-Slack-Signature"]!, body));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SignatureCheck.Stale, verifier.Verify("1531420618", (string)vector["headers"]!["X-Slack-Signature"]!, body));
    }

    [Fact]
    public void TryAdd_BeyondCapacity_ForgetsOldestOnly()
    {
        var cache = new EventIdCache(2);

        Assert.True(cache.TryAdd("a"));
        Assert.False(cache.TryAdd("a"));
        Assert.True(cache.TryAdd("b"));
        Assert.True(cache.TryAdd("c"));
        Assert.False(cache.TryAdd("c"));
        Assert.True(cache.TryAdd("a"));
    }

    [Theory]
    [InlineData("app_mention", null, null, null, "U1", true)]
    [InlineData("message", "im", null, null, "U1", true)]
    [InlineData("message", "channel", null, null, "U1", false)]
    [InlineData("message", "im", "message_changed", null, "U1", false)]
    [InlineData("message", "im", "channel_join", null, "U1", false)]
    [InlineData("message", "im", "bot_message", "B1", null, false)]
    [InlineData("app_mention", null, null, "B2", "U2", false)]
    [InlineData("app_mention", null, null, null, "UBOT", false)]
    public void ToQuestion_Event_OnlyHumanMentionsAndDms(string type, string? channelType, string? subtype, string? botId, string? user, bool answered)
    {
        var e = new SlackEvent
        {
            Type = type, ChannelType = channelType, Subtype = subtype, BotId = botId, User = user,
            Text = "<@UBOT> hi <@UBOT|kosovobot>", Ts = "1.1", Channel = "C1",
        };

        var question = EventFilter.ToQuestion(e, new SlackBotIdentity("UBOT", "BBOT", "T1"), out var why);

        Assert.Equal(answered, question is not null);
        Assert.Equal(answered, why.Length == 0);
        if (question is not null)
        {
            Assert.Equal("hi", question.Text);
        }
    }

    [Fact]
    public void ToQuestion_ReplyInThread_AnswersInParentThread()
    {
        var e = new SlackEvent { Type = "app_mention", User = "U1", Text = "<@UBOT> q", Ts = "2.2", ThreadTs = "1.1", Channel = "C1" };

        Assert.Equal("1.1", EventFilter.ToQuestion(e, new SlackBotIdentity("UBOT", null, null), out _)!.ThreadTs);
    }

    [Fact]
    public void SocketFrame_FixturesAndAnUnknownType_ReadAsTheirTypedFrames()
    {
        SocketFrame Read(string json) => System.Text.Json.JsonSerializer.Deserialize(json, SlackJsonContext.Default.SocketFrame)!;

        Assert.Equal(2, Assert.IsType<HelloFrame>(Read(Fixtures.Text("slack-socket-hello.json"))).NumConnections);
        Assert.Equal("too_many_websockets", Assert.IsType<DisconnectFrame>(Read(Fixtures.Text("slack-socket-disconnect-too-many-websockets.json"))).Reason);
        var command = Assert.IsType<SlashCommandsEnvelope>(Read(Fixtures.Text("slack-socket-slash-command.json"))); // "type" comes last
        Assert.Equal("1d3c79ab-0ffb-41f3-a080-d19e85f53649", command.EnvelopeId);
        Assert.IsType<EventsApiEnvelope>(Read(Fixtures.Text("slack-socket-events-api-app-mention.json")));
        Assert.IsType<InteractiveEnvelope>(Read("""{"envelope_id":"e-0","payload":{},"type":"interactive"}"""));
        var unknown = Read("""{"envelope_id":"e-1","payload":{},"type":"workflow_step"}""");
        Assert.Equal(typeof(SocketFrame), unknown.GetType());
        Assert.Equal("e-1", unknown.EnvelopeId);
    }
}
