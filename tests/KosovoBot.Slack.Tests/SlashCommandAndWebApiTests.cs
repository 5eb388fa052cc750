using KosovoBot.Core.Chat;
using KosovoBot.Slack.Socket;
using KosovoBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using KosovoBot.Testing;

namespace KosovoBot.Slack.Tests;

public sealed class SlashCommandAndWebApiTests
{
    private const string EnvelopeId = "1d3c79ab-0ffb-41f3-a080-d19e85f53649"; // slack-socket-slash-command.json

    [Fact]
    public async Task SlashCommand_AnswerReadyInTime_AckCarriesInChannelReply()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var socket = await h.AcceptConnectionAsync();
        var start = h.Time.GetUtcNow();

        await socket.SendAsync(Envelopes.SlashCommand("/ask", "how many troops?"), h.Timeout);

        var ack = await socket.ReceiveAsync(h.Timeout);
        Assert.Equal(start, h.Time.GetUtcNow()); // no budget had to pass: acknowledged at once
        Assert.Equal(EnvelopeId, (string?)ack["envelope_id"]);
        var fixture = Fixtures.Json("slack-socket-ack-with-payload.json");
        Assert.Equal((string?)fixture["envelope_id"], (string?)ack["envelope_id"]);
        var payload = ack["payload"]!.AsObject();
        Assert.Equal("in_channel", (string?)payload["response_type"]);
        Assert.Equal("Just over 16,000 troops.", (string?)payload["text"]);
        Assert.Equal(3, payload["blocks"]!.AsArray().Count);
        var request = await h.Router.Arrivals.ReadAsync(h.Timeout);
        Assert.Equal(ChatCommandName.Ask, request.Command);
        Assert.Equal("how many troops?", request.Text);
        Assert.Equal("C111", request.Origin.ChannelId);
    }

    [Fact]
    public async Task SlashCommand_ConfiguredName_MapsToCommand()
    {
        await using var h = await SlackAdapterHarness.StartAsync(new() { ["Slack:Commands:Ask"] = "/kosovo-ask" });
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.SlashCommand("/kosovo-ask", "who said it?"), h.Timeout);

        await socket.ReceiveAsync(h.Timeout);
        Assert.Equal(ChatCommandName.Ask, (await h.Router.Arrivals.ReadAsync(h.Timeout)).Command);
    }

    [Fact]
    public async Task SlashCommand_UsageError_IsEphemeral()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        h.Router.Reply = _ => ChatReply.Error("Tell me whose quotes or which word to look for.", "/quote NAME");
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.SlashCommand("/quote", ""), h.Timeout);

        var payload = (await socket.ReceiveAsync(h.Timeout))["payload"]!.AsObject();
        Assert.Equal("ephemeral", (string?)payload["response_type"]);
        Assert.Equal(ChatCommandName.Quote, (await h.Router.Arrivals.ReadAsync(h.Timeout)).Command);
    }

    [Fact]
    public async Task SlashCommand_UnknownCommand_EphemeralWithoutRouting()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Fixtures.Json("slack-socket-slash-command.json"), h.Timeout); // /hello-socket-mode

        var payload = (await socket.ReceiveAsync(h.Timeout))["payload"]!.AsObject();
        Assert.Equal("ephemeral", (string?)payload["response_type"]);
        Assert.Contains("/hello-socket-mode", (string?)payload["text"], StringComparison.Ordinal);
        Assert.Equal(0, h.Router.Calls);
    }

    [Fact]
    public async Task SlashCommand_SlowAnswer_EmptyAckWithinBudgetThenResponseUrl()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var socket = await h.AcceptConnectionAsync();
        h.Router.Hold();

        await socket.SendAsync(Envelopes.SlashCommand("/ask", "slow question?", h.Slack.ResponseUrl), h.Timeout);
        await h.Router.Arrivals.ReadAsync(h.Timeout);
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2), h.Timeout);
        h.Time.Advance(TimeSpan.FromSeconds(2));

        var ack = await socket.ReceiveAsync(h.Timeout);
        Assert.Equal("""{"envelope_id":"1d3c79ab-0ffb-41f3-a080-d19e85f53649"}""", ack.ToJsonString());
        h.Router.Release();
        var late = await h.Slack.ResponseUrlPosts.ReadAsync(h.Timeout);
        Assert.Equal("in_channel", (string?)late["response_type"]);
        Assert.Equal("Just over 16,000 troops.", (string?)late["text"]);
        Assert.Equal(["ack:" + EnvelopeId, "response_url"], h.Slack.Timeline);
    }

    [Fact]
    public async Task SlashCommand_AckFailsWithAnswerReady_AnswerGoesToResponseUrl()
    {
        var sockets = new ScriptedWebSocketFactory();
        await using var h = await SlackAdapterHarness.StartAsync(
            replaceServices: services => services.AddSingleton<IWebSocketFactory>(sockets));
        var socket = await h.AcceptConnectionAsync();
        sockets.Created[0].FailNextSend(); // the socket drops between the answer and its acknowledgement

        await socket.SendAsync(Envelopes.SlashCommand("/ask", "how many troops?", h.Slack.ResponseUrl), h.Timeout);

        var late = await h.Slack.ResponseUrlPosts.ReadAsync(h.Timeout);
        Assert.Equal("in_channel", (string?)late["response_type"]);
        Assert.Equal("Just over 16,000 troops.", (string?)late["text"]);
        Assert.Equal(1, h.Router.Calls);
        Assert.Contains(h.Logs.GetSnapshot(), r => r.Message.Contains("acknowledging a slash command failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashCommand_SlowAnswer_ResponseUrlNeverLogged()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var socket = await h.AcceptConnectionAsync();
        h.Router.Hold();

        await socket.SendAsync(Envelopes.SlashCommand("/ask", "slow question?", h.Slack.ResponseUrl), h.Timeout);
        await h.Router.Arrivals.ReadAsync(h.Timeout);
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2), h.Timeout);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await socket.ReceiveAsync(h.Timeout);
        h.Router.Release();
        await h.Slack.ResponseUrlPosts.ReadAsync(h.Timeout);

        // The response_url path is a bearer secret: anyone holding it can post into the channel.
        var secret = h.Slack.ResponseUrl.AbsolutePath;
        Assert.DoesNotContain(h.Logs.GetSnapshot(), r =>
            r.Message.Contains(secret, StringComparison.Ordinal)
            || r.StructuredState?.Any(kv => kv.Value?.Contains(secret, StringComparison.Ordinal) == true) == true);
    }

    [Fact]
    public async Task PostMessage_RateLimited_WaitsRetryAfterAndReplyArrivesOnce()
    {
        await using var h = await SlackAdapterHarness.StartAsync(arrangeSlack: slack => slack.RateLimitNextPost());
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "rate limited?"), h.Timeout);
        Assert.Equal(429, await h.Slack.ScriptedPostsServed.ReadAsync(h.Timeout));
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), h.Timeout);
        Assert.False(h.Slack.Posts.TryPeek(out _));
        h.Time.Advance(TimeSpan.FromSeconds(1));

        var post = await h.NextPostAsync();
        Assert.Equal("1610241741.000200", (string?)post["thread_ts"]);
        await socket.SendAsync(Envelopes.AppMention("env-2", "Ev2", "sentinel?", ts: "1610241742.000001"), h.Timeout);
        Assert.Equal("1610241742.000001", (string?)(await h.NextPostAsync())["thread_ts"]);
        Assert.Equal(2, h.Slack.Timeline.Count(e => e.StartsWith("post:", StringComparison.Ordinal))); // the 429 attempt is not a post
        Assert.Contains(h.Logs.GetSnapshot(), r => r.Message.Contains("chat.postMessage rate limited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessage_OkFalse_LoggedWithSlacksErrorCodeNotRetried()
    {
        await using var h = await SlackAdapterHarness.StartAsync(
            arrangeSlack: slack => slack.ScriptNextPost(200, Fixtures.Text("slack-chat-postMessage-error-response.json")));
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "refused?"), h.Timeout);
        Assert.Equal(200, await h.Slack.ScriptedPostsServed.ReadAsync(h.Timeout));
        await socket.SendAsync(Envelopes.AppMention("env-2", "Ev2", "sentinel?", ts: "1610241742.000001"), h.Timeout);

        Assert.Equal("1610241742.000001", (string?)(await h.NextPostAsync())["thread_ts"]);
        Assert.Contains(h.Logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && r.Message.Contains("chat.postMessage returned ok=false with error too_many_attachments", StringComparison.Ordinal));
        Assert.Equal(2, h.Router.Calls);
    }

    [Fact]
    public async Task PostMessage_ServerError_RetriedAfterBackoffOnce()
    {
        await using var h = await SlackAdapterHarness.StartAsync(
            new() { ["Slack:InitialBackoff"] = "00:00:01" },
            arrangeSlack: slack => slack.ScriptNextPost(503, "upstream unavailable"));
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "flaky?"), h.Timeout);
        Assert.Equal(503, await h.Slack.ScriptedPostsServed.ReadAsync(h.Timeout));
        var delay = await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1.25), h.Timeout);
        h.Time.Advance(delay);

        Assert.Equal("1610241741.000200", (string?)(await h.NextPostAsync())["thread_ts"]);
        Assert.Single(h.Slack.Timeline, e => e.StartsWith("post:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuthTest_InvalidAuth_FatalNamingTheSettingWithoutTheToken()
    {
        await using var h = await SlackAdapterHarness.StartAsync(
            arrangeSlack: slack => slack.AuthTestBody = """{"ok":false,"error":"invalid_auth"}""");

        var error = await Assert.ThrowsAsync<ChatAdapterFatalException>(() => h.Run.WaitAsync(h.Timeout));

        Assert.Contains("Slack:BotToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_auth", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackAdapterHarness.BotToken, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Slack.ConnectionsOpened);
    }

    [Fact]
    public async Task AuthTest_TransientErrors_RetriedWithGrowingBackoffThenConnects()
    {
        await using var h = await SlackAdapterHarness.StartAsync(
            new() { ["Slack:InitialBackoff"] = "00:00:01" },
            arrangeSlack: slack =>
            {
                slack.AuthTestFailures.Enqueue("""{"ok":false,"error":"internal_error"}""");
                slack.AuthTestFailures.Enqueue("""{"ok":false,"error":"service_unavailable"}""");
            });

        var first = h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1.25), h.Timeout);
        Assert.Same(first, await Task.WhenAny(first, h.Run));
        h.Time.Advance(await first);
        var second = h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2.5), h.Timeout);
        Assert.Same(second, await Task.WhenAny(second, h.Run));
        h.Time.Advance(await second);

        var socket = await h.AcceptConnectionAsync();
        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "up now?"), h.Timeout);
        await h.NextPostAsync();
        Assert.False(h.Run.IsCompleted);
    }

    [Fact]
    public async Task SlashCommand_AllReplyWorkersBusy_WaitsForAWorkerAndIsAnsweredThroughResponseUrl()
    {
        await using var h = await SlackAdapterHarness.StartAsync(); // one reply worker
        var socket = await h.AcceptConnectionAsync();
        h.Router.Hold();
        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "a slow question"), h.Timeout);
        await socket.ReceiveAsync(h.Timeout);
        await h.Router.Arrivals.ReadAsync(h.Timeout); // the only worker is busy with it

        await socket.SendAsync(Envelopes.SlashCommand("/ask", "and this one?", h.Slack.ResponseUrl), h.Timeout);
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2), h.Timeout);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        var ack = await socket.ReceiveAsync(h.Timeout);

        Assert.Equal("""{"envelope_id":"1d3c79ab-0ffb-41f3-a080-d19e85f53649"}""", ack.ToJsonString());
        Assert.Equal(1, h.Router.Calls); // the command waits for a worker like an event does
        h.Router.Release();
        await h.NextPostAsync();
        var late = await h.Slack.ResponseUrlPosts.ReadAsync(h.Timeout);
        Assert.Equal("Just over 16,000 troops.", (string?)late["text"]);
        Assert.Equal(2, h.Router.Calls);
    }

    [Fact]
    public async Task Logs_NeverHoldTokensTicketsOrUserText()
    {
        await using (var h = await SlackAdapterHarness.StartAsync())
        {
            var socket = await h.AcceptConnectionAsync();
            await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "a very private question"), h.Timeout);
            await h.NextPostAsync();

            var all = string.Join('\n', h.Logs.GetSnapshot().Select(r => r.Message + r.Exception));
            Assert.DoesNotContain("xoxb-", all, StringComparison.Ordinal);
            Assert.DoesNotContain("xapp-", all, StringComparison.Ordinal);
            Assert.DoesNotContain("ticket=", all, StringComparison.Ordinal);
            Assert.DoesNotContain("private question", all, StringComparison.Ordinal);
        }
    }
}
