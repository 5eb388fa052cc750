using System.Text.Json.Nodes;
using KosovoBot.Core.Chat;
using KosovoBot.Slack.Tests.Fakes;
using KosovoBot.Testing;

namespace KosovoBot.Slack.Tests;

public sealed class SocketModeTests
{
    [Fact]
    public async Task AppMention_AfterHello_AcksBeforeOnePostIntoThread()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var socket = await h.AcceptConnectionAsync();
        h.Router.Hold();

        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "How many troops are in KFOR?"), h.Timeout);

        var ack = await socket.ReceiveAsync(h.Timeout);
        Assert.Equal("""{"envelope_id":"env-1"}""", ack.ToJsonString());
        var request = await h.Router.Arrivals.ReadAsync(h.Timeout);
        Assert.False(h.Slack.Posts.TryPeek(out _)); // acknowledged while the answer is still being computed
        h.Router.Release();

        var post = await h.NextPostAsync();
        Assert.Equal(["ack:env-1", "post:C111"], h.Slack.Timeline);
        Assert.Equal("How many troops are in KFOR?", request.Text);
        Assert.Null(request.Command);
        Assert.Equal(new ChatOrigin("slack", "C111", "U222", IsDirectMessage: false) { ServerId = "T111" }, request.Origin);
        Assert.True(request.Record); // kept for feedback and the gap report
        Assert.Equal("C111", (string?)post["channel"]);
        Assert.Equal("1610241741.000200", (string?)post["thread_ts"]);
        Assert.Equal("Just over 16,000 troops.", (string?)post["text"]);
        Assert.False((bool)post["unfurl_links"]!);
        Assert.False((bool)post["unfurl_media"]!);
        var expectedBlocks = JsonNode.Parse("""
            [
              {"type":"section","text":{"type":"mrkdwn","text":"Just over 16,000 troops."}},
              {"type":"section","text":{"type":"mrkdwn","text":"> The force stays at just over 16,000 troops, the spokeswoman said."}},
              {"type":"context","elements":[{"type":"mrkdwn","text":"— *Jane Spokes*, Alliance spokeswoman (reported) · _Peacekeepers &amp; Deadlines_, VOA, Test Reporter, 2007-12-07 · ¶2"}]}
            ]
            """);
        Assert.True(JsonNode.DeepEquals(expectedBlocks, post["blocks"]), post["blocks"]!.ToJsonString());
        Assert.Equal("Bearer " + SlackAdapterHarness.AppToken, h.Slack.AuthorizationByMethod["apps.connections.open"]);
        Assert.Equal("Bearer " + SlackAdapterHarness.BotToken, h.Slack.AuthorizationByMethod["chat.postMessage"]);
        Assert.Equal(1, h.Router.Calls);
    }

    [Fact]
    public async Task DirectMessage_FromHuman_AnsweredButBotMessageAndEditAreNot()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var socket = await h.AcceptConnectionAsync();

        // Each ignored message has its own ts, so a wrongly answered one shows as a post into its own thread.
        await socket.SendAsync(Envelopes.DirectMessage("env-bot", "EvBot", e =>
        {
            e["bot_id"] = "B19LU7CSY";
            e["subtype"] = "bot_message";
            e["ts"] = "1355517520.000001";
        }), h.Timeout);
        await socket.SendAsync(Envelopes.DirectMessage("env-self", "EvSelf", e =>
        {
            e["user"] = Envelopes.BotUserId;
            e["ts"] = "1355517520.000002";
        }), h.Timeout);
        await socket.SendAsync(Envelopes.DirectMessage("env-edit", "EvEdit", e =>
        {
            e["subtype"] = "message_changed";
            e["ts"] = "1355517520.000003";
        }), h.Timeout);
        await socket.SendAsync(Envelopes.DirectMessage("env-join", "EvJoin", e =>
        {
            e["subtype"] = "channel_join";
            e["ts"] = "1355517520.000004";
        }), h.Timeout);
        await socket.SendAsync(Envelopes.DirectMessage("env-dm", "EvDm"), h.Timeout);
        // The reply queue answers in order (one worker in the harness): once this trailing mention is answered,
        // any wrongly accepted message before it has been answered too.
        await socket.SendAsync(Envelopes.AppMention("env-trail", "EvTrail", "trailing?", ts: "1610241799.000999"), h.Timeout);

        var post = await h.NextPostAsync();
        Assert.Equal("D024BE91L", (string?)post["channel"]);
        Assert.Null(post["thread_ts"]); // a DM is answered inline, not in a thread
        Assert.Equal("1610241799.000999", (string?)(await h.NextPostAsync())["thread_ts"]);
        var request = await h.Router.Arrivals.ReadAsync(h.Timeout);
        Assert.Equal("Hello hello can you hear me?", request.Text);
        Assert.True(request.Origin.IsDirectMessage);
        Assert.Equal(2, h.Router.Calls);
        foreach (var id in new[] { "env-bot", "env-self", "env-edit", "env-join", "env-dm", "env-trail" })
        {
            Assert.Equal(id, (string?)(await socket.ReceiveAsync(h.Timeout))["envelope_id"]); // every envelope acked
        }

        Assert.Equal(2, h.Slack.Timeline.Count(e => e.StartsWith("post:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RedeliveredEnvelope_SameEventId_AckedAndAnsweredOnce()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var socket = await h.AcceptConnectionAsync();
        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "first?"), h.Timeout);
        await h.NextPostAsync();

        var again = Envelopes.AppMention("env-2", "Ev1", "first?");
        again["retry_attempt"] = 1;
        again["retry_reason"] = "timeout";
        await socket.SendAsync(again, h.Timeout);
        await socket.SendAsync(Envelopes.AppMention("env-3", "Ev3", "second?", ts: "1610241799.000300"), h.Timeout);

        var next = await h.NextPostAsync();
        Assert.Equal("1610241799.000300", (string?)next["thread_ts"]);
        Assert.Equal(2, h.Router.Calls);
        foreach (var id in new[] { "env-1", "env-2", "env-3" })
        {
            Assert.Equal(id, (string?)(await socket.ReceiveAsync(h.Timeout))["envelope_id"]); // the redelivery is acked too
        }

        Assert.Equal(2, h.Slack.Timeline.Count(e => e.StartsWith("post:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Disconnect_RefreshRequested_OpensNewConnectionWithNoLostEvent()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var first = await h.AcceptConnectionAsync();
        var disconnect = Fixtures.Json("slack-socket-disconnect-warning.json");
        disconnect["reason"] = "refresh_requested";

        await first.SendAsync(disconnect, h.Timeout);
        var second = await h.AcceptConnectionAsync();
        // Slack may still deliver on the old connection until it closes it.
        await first.SendAsync(Envelopes.AppMention("env-old", "EvOld", "on the old socket?", ts: "1610241700.000001"), h.Timeout);
        Assert.Equal("env-old", (string?)(await first.ReceiveAsync(h.Timeout))["envelope_id"]);
        await h.NextPostAsync();
        await first.CloseAsync(h.Timeout);
        await second.SendAsync(Envelopes.AppMention("env-new", "EvNew", "on the new socket?", ts: "1610241700.000002"), h.Timeout);

        Assert.Equal("env-new", (string?)(await second.ReceiveAsync(h.Timeout))["envelope_id"]);
        var post = await h.NextPostAsync();
        Assert.Equal("1610241700.000002", (string?)post["thread_ts"]);
        Assert.Equal(2, h.Slack.ConnectionsOpened);
        Assert.Equal(2, h.Router.Calls);
    }

    [Fact]
    public async Task MalformedEnvelope_AckedLoggedSkipped_SocketStaysUp()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync("""{"envelope_id":"bad-1","type":"events_api","payload":"not an object","accepts_response_payload":false}""", h.Timeout);
        await socket.SendAsync("""{"envelope_id":"bad-2","type":"events_api","payload":{"type":"event_callback","event":42}}""", h.Timeout);
        await socket.SendAsync("this is { not json", h.Timeout);
        await socket.SendAsync(Envelopes.AppMention("env-ok", "EvOk", "still there?", ts: "1610241799.000999"), h.Timeout);

        Assert.Equal("bad-1", (string?)(await socket.ReceiveAsync(h.Timeout))["envelope_id"]);
        Assert.Equal("bad-2", (string?)(await socket.ReceiveAsync(h.Timeout))["envelope_id"]);
        Assert.Equal("env-ok", (string?)(await socket.ReceiveAsync(h.Timeout))["envelope_id"]);
        // Answers go out in order: the trailing question's being first means nothing malformed was answered.
        Assert.Equal("1610241799.000999", (string?)(await h.NextPostAsync())["thread_ts"]);
        var warnings = h.Logs.GetSnapshot().Where(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning).Select(r => r.Message).ToList();
        Assert.Contains(warnings, m => m.Contains("malformed events_api envelope bad-1", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("malformed events_api envelope bad-2", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("malformed Socket Mode frame", StringComparison.Ordinal));
        Assert.Equal(1, h.Slack.ConnectionsOpened);
        Assert.Equal(1, h.Router.Calls);
    }
}
