using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KosovoBot.Slack.Http;
using KosovoBot.Slack.Tests.Fakes;
using KosovoBot.Testing.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using KosovoBot.Testing;

namespace KosovoBot.Slack.Tests;

public sealed class HttpModeTests
{
    private static readonly JsonObject Vector = Fixtures.Json("slack-signing-test-vector.json");
    private static readonly string Secret = (string)Vector["signing_secret"]!;
    private static readonly long Now = (long)Vector["now_for_test_unix"]!;

    [Fact]
    public async Task SlashCommand_SlacksDocumentedSignatureExample_Accepted()
    {
        await using var h = await StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(
            await Request(h, "/slack/commands", Fixtures.Bytes("slack-slash-command-body.txt"),
                (string)Vector["headers"]!["X-Slack-Request-Timestamp"]!, (string)Vector["headers"]!["X-Slack-Signature"]!,
                "application/x-www-form-urlencoded"),
            h.Timeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(h.Timeout))!;
        Assert.Equal("ephemeral", (string?)body["response_type"]); // /webhook-collect is not one of ours
        Assert.Contains("/webhook-collect", (string?)body["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommand_Ask_AnsweredInChannelInTheResponse()
    {
        await using var h = await StartAsync();
        using var http = new HttpClient();
        var form = Encoding.UTF8.GetBytes(Fixtures.Text("slack-slash-command-body.txt")
            .Replace("command=%2Fwebhook-collect&text=", "command=%2Fask&text=how+many+troops%3F", StringComparison.Ordinal));

        using var response = await http.SendAsync(await SignedRequest(h, "/slack/commands", form, "application/x-www-form-urlencoded"), h.Timeout);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(h.Timeout))!;
        Assert.Equal("in_channel", (string?)body["response_type"]);
        var request = await h.Router.Arrivals.ReadAsync(h.Timeout);
        Assert.Equal("how many troops?", request.Text);
        Assert.Equal("G8PSS9T3V", request.Origin.ChannelId);
    }

    [Fact]
    public async Task Request_WrongSignature_Refused()
    {
        await using var h = await StartAsync();
        using var http = new HttpClient();
        var signature = (string)Vector["headers"]!["X-Slack-Signature"]!;
        var wrong = signature[..^1] + (signature[^1] == '0' ? '1' : '0');

        using var response = await http.SendAsync(
            await Request(h, "/slack/commands", Fixtures.Bytes("slack-slash-command-body.txt"), Now.ToString(CultureInfo.InvariantCulture), wrong,
                "application/x-www-form-urlencoded"),
            h.Timeout);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, h.Router.Calls);
    }

    [Fact]
    public async Task Request_StaleTimestamp_RefusedEvenWithValidSignature()
    {
        await using var h = await StartAsync();
        await h.Services.GetRequiredService<SlackHttpServer>().Listening.WaitAsync(h.Timeout); // start-up calls are done
        h.Time.Advance(TimeSpan.FromSeconds(301));
        using var http = new HttpClient();

        using var response = await http.SendAsync(
            await Request(h, "/slack/commands", Fixtures.Bytes("slack-slash-command-body.txt"),
                (string)Vector["headers"]!["X-Slack-Request-Timestamp"]!, (string)Vector["headers"]!["X-Slack-Signature"]!,
                "application/x-www-form-urlencoded"),
            h.Timeout);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UrlVerification_Signed_AnswersChallenge()
    {
        await using var h = await StartAsync();
        using var http = new HttpClient();
        var body = Fixtures.Bytes("slack-events-url-verification.json");

        using var response = await http.SendAsync(await SignedRequest(h, "/slack/events", body, "application/json"), h.Timeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((string)Fixtures.Json("slack-events-url-verification.json")["challenge"]!, await response.Content.ReadAsStringAsync(h.Timeout));
    }

    [Fact]
    public async Task Event_AppMention_AckedThenAnsweredInThread_ReplayedEventNotAnsweredAgain()
    {
        await using var h = await StartAsync();
        using var http = new HttpClient();
        h.Router.Hold();
        var body = Fixtures.Bytes("slack-event-callback-app-mention.json");

        using (var first = await http.SendAsync(await SignedRequest(h, "/slack/events", body, "application/json"), h.Timeout))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode); // acknowledged while the answer is held
        }

        h.Router.Release();
        var post = await h.NextPostAsync();
        Assert.Equal("C123ABC456", (string?)post["channel"]);
        Assert.Equal("1515449522.000016", (string?)post["thread_ts"]);

        var replay = await SignedRequest(h, "/slack/events", body, "application/json");
        replay.Headers.Add("X-Slack-Retry-Num", "1");
        replay.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        using (var second = await http.SendAsync(replay, h.Timeout))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        using (var sameAgain = await http.SendAsync(await SignedRequest(h, "/slack/events", body, "application/json"), h.Timeout))
        {
            Assert.Equal(HttpStatusCode.OK, sameAgain.StatusCode);
        }

        using (var dm = await http.SendAsync(
            await SignedRequest(h, "/slack/events", Fixtures.Bytes("slack-event-callback-message-im.json"), "application/json"), h.Timeout))
        {
            Assert.Equal(HttpStatusCode.OK, dm.StatusCode);
        }

        Assert.Equal("D024BE91L", (string?)(await h.NextPostAsync())["channel"]);
        Assert.Equal(2, h.Router.Calls);
    }

    [Fact]
    public async Task Request_LargeBodyWithoutContentLength_RefusedWithoutBufferingIt()
    {
        await using var h = await StartAsync();
        var endpoints = h.Services.GetRequiredService<SlackHttpEndpoints>();
        var body = new EndlessBodyStream(64L * 1024 * 1024); // chunked: no Content-Length announces it
        var limit = new RecordingBodySizeFeature();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpMaxRequestBodySizeFeature>(limit);
        context.Request.Method = "POST";
        context.Request.Path = "/slack/events";
        context.Request.Body = body;

        await endpoints.HandleEventAsync(context, h.Timeout);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, context.Response.StatusCode);
        Assert.Equal(1024 * 1024, limit.MaxRequestBodySize); // Kestrel enforces the limit itself
        Assert.InRange(body.BytesRead, 1024 * 1024, (1024 * 1024) + (64 * 1024)); // stopped just past the limit
        Assert.Equal(0, h.Router.Calls);
    }

    [Theory]
    [InlineData("application/json", """{"command":"/ask","text":"how many troops?"}""")]
    [InlineData("application/x-www-form-urlencoded", "text=how+many+troops%3F&channel_id=C1")]
    public async Task SlashCommand_SignedBodyThatIsNoSlashCommand_Refused400(string contentType, string body)
    {
        await using var h = await StartAsync();
        using var http = new HttpClient();

        using var response = await http.SendAsync(await SignedRequest(h, "/slack/commands", Encoding.UTF8.GetBytes(body), contentType), h.Timeout);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, h.Router.Calls);
    }

    [Fact]
    public async Task Interactivity_SignedFormWithPayload_AcknowledgedEmptyAndTheVoteIsKept()
    {
        await using var h = await StartAsync();
        using var http = new HttpClient();
        var click = Envelopes.ButtonClick("unused", "kosovobot_helpful", "record-7")["payload"]!.ToJsonString();
        var form = Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(click));

        using var response = await http.SendAsync(await SignedRequest(h, "/slack/interactivity", form, "application/x-www-form-urlencoded"), h.Timeout);
        var feedback = await h.Records.Feedback.ReadAsync(h.Timeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync(h.Timeout));
        Assert.Equal(("record-7", "U111", true), (feedback.RecordId, feedback.UserId, feedback.Helpful));
    }

    [Fact]
    public async Task Interactivity_WrongSignatureOrNoPayload_RefusedAndNothingKept()
    {
        await using var h = await StartAsync();
        using var http = new HttpClient();
        var click = Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(
            Envelopes.ButtonClick("unused", "kosovobot_helpful", "record-7")["payload"]!.ToJsonString()));

        using var forged = await http.SendAsync(
            await Request(h, "/slack/interactivity", click, Now.ToString(CultureInfo.InvariantCulture), "v0=" + new string('0', 64),
                "application/x-www-form-urlencoded"),
            h.Timeout);
        using var empty = await http.SendAsync(
            await SignedRequest(h, "/slack/interactivity", Encoding.UTF8.GetBytes("token=x"), "application/x-www-form-urlencoded"), h.Timeout);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.False(h.Records.Feedback.TryPeek(out _));
    }

    private sealed class RecordingBodySizeFeature : IHttpMaxRequestBodySizeFeature
    {
        public bool IsReadOnly => false;

        public long? MaxRequestBodySize { get; set; } = 30_000_000;
    }

    private static async Task<SlackAdapterHarness> StartAsync() =>
        await SlackAdapterHarness.StartAsync(
            new()
            {
                ["Slack:Mode"] = "Http",
                ["Slack:AppToken"] = null,
                ["Slack:SigningSecret"] = Secret,
                ["Slack:HttpListenUrl"] = "http://127.0.0.1:0",
            },
            new SignalingTimeProvider(DateTimeOffset.FromUnixTimeSeconds(Now)));

    private static Task<HttpRequestMessage> SignedRequest(SlackAdapterHarness h, string path, byte[] body, string contentType)
    {
        var timestamp = h.Time.GetUtcNow().ToUnixTimeSeconds();
        return Request(h, path, body, timestamp.ToString(CultureInfo.InvariantCulture), SlackSigner.Sign(Secret, timestamp, body), contentType);
    }

    private static async Task<HttpRequestMessage> Request(
        SlackAdapterHarness h, string path, byte[] body, string timestamp, string signature, string contentType)
    {
        var address = await h.Services.GetRequiredService<SlackHttpServer>().Listening.WaitAsync(h.Timeout);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }
}
