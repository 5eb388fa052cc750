using System.Text.Json.Nodes;
using KosovoBot.Discord.Tests.Fakes;

namespace KosovoBot.Discord.Tests;

public sealed class MessageReplyTests
{
    private const string GuildChannel = "290926798999357250";

    [Fact]
    public async Task MessageCreate_MentionInGuild_PostsOneReplyWithEmbedReferenceAndNoMentions()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.GuildMessage("500", $"<@{DiscordHarness.BotId}> how many troops does KFOR have?"), timeout.Token);
        var post = await harness.Server.NextRequestAsync($"POST /channels/{GuildChannel}/messages", timeout.Token);

        var body = post.Json!;
        Assert.Equal("Just over 16,000 troops.", body["content"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"parse":[]}"""), body["allowed_mentions"]));
        Assert.Equal("500", body["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.False(body["message_reference"]!["fail_if_not_exists"]!.GetValue<bool>());
        var field = Assert.Single(body["embeds"]!.AsArray().Single()!["fields"]!.AsArray())!;
        Assert.Equal("James Appathurai, NATO spokesman (reported)", field["name"]!.GetValue<string>());
        Assert.Contains("> NATO spokesman James Appathurai told reporters", field["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("*NATO to Stay in Kosovo*, VOA, Stefan Bos, 2007-12-07, paragraph 2", field["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("application/json", post.ContentType);
        Assert.Equal($"Bot {DiscordHarness.Token}", post.Authorization);

        var request = Assert.Single(harness.Router.Requests);
        Assert.Null(request.Command);
        Assert.Equal(new Core.Chat.ChatOrigin("discord", GuildChannel, "53908099506183680", false) { ServerId = "290926798626357999" }, request.Origin);
        Assert.Single(harness.Server.RequestsTo("POST /channels/"));
    }

    [Fact]
    public async Task MessageCreate_OldMentionFormAndDirectMessage_AreAnsweredButBotsAndPlainMessagesAreNot()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        var fromBot = DiscordHarness.GuildMessage("501", $"<@{DiscordHarness.BotId}> hello");
        fromBot["author"]!["bot"] = true;
        var fromSelf = DiscordHarness.DirectMessage("502", "talking to myself");
        fromSelf["author"]!["id"] = DiscordHarness.BotId;
        var empty = DiscordHarness.DirectMessage("503", string.Empty);
        var noMention = DiscordHarness.GuildMessage("504", "just chatting about KFOR");
        var system = DiscordHarness.DirectMessage("509", "pinned a message");
        system["type"] = 6;
        await connection.DispatchAsync("MESSAGE_CREATE", 2, fromBot, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, fromSelf, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 4, empty, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 5, noMention, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 8, system, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 9, DiscordHarness.GuildMessage("505", $"<@!{DiscordHarness.BotId}> how many troops?"), timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 10, DiscordHarness.DirectMessage("506", "what did Russia ask for?"), timeout.Token);

        // Different channels are answered concurrently, so the two replies may arrive in either order.
        RecordedRequest[] replies =
        [
            await harness.Server.NextRequestAsync("POST /channels/", timeout.Token),
            await harness.Server.NextRequestAsync("POST /channels/", timeout.Token),
        ];
        var guildReply = Assert.Single(replies, r => r.Path == $"/channels/{GuildChannel}/messages");
        var directReply = Assert.Single(replies, r => r.Path != guildReply.Path);

        Assert.Equal("505", guildReply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal("/channels/100000000000000001/messages", directReply.Path);
        Assert.Equal("506", directReply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal(2, harness.Server.RequestsTo("POST /channels/").Count);
        Assert.Equal(2, harness.Router.Requests.Count);
        Assert.Single(harness.Router.Requests, r => r.Origin.IsDirectMessage);
    }

    [Fact]
    public async Task MessageCreate_MalformedPayload_IsLoggedAndSkippedAndTheConnectionStaysUp()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        var malformed = DiscordHarness.DirectMessage("507", "hello");
        malformed["author"] = "not an object";
        await connection.DispatchAsync("MESSAGE_CREATE", 2, malformed, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.DirectMessage("508", "still there?"), timeout.Token);

        var reply = await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);

        Assert.Equal("508", reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.False(connection.Closed.IsCompleted);
        Assert.Single(harness.Server.RequestsTo("POST /channels/"));
        var warning = Assert.Single(harness.Logs.GetSnapshot(), r => r.Message.Contains("malformed MESSAGE_CREATE", StringComparison.Ordinal));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
    }

    [Fact]
    public async Task MessageCreate_NullAuthor_IsLoggedAndSkippedAndLaterMessagesAreAnswered()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        var malformed = DiscordHarness.DirectMessage("510", "hello");
        malformed["author"] = null;
        await connection.DispatchAsync("MESSAGE_CREATE", 2, malformed, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.DirectMessage("511", "still there?"), timeout.Token);
        var reply = await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);

        Assert.Equal("511", reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.False(connection.Closed.IsCompleted);
        Assert.Single(harness.Server.RequestsTo("POST /channels/"));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("malformed MESSAGE_CREATE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageCreate_SlowAnswerInOneChannel_DoesNotHoldOtherChannels()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var slow = harness.Router.Hold("a slow question");

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("512", "a slow question"), timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.GuildMessage("513", $"<@{DiscordHarness.BotId}> how many troops?"), timeout.Token);
        var first = await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);
        slow.SetResult();
        var second = await harness.Server.NextRequestAsync("POST /channels/", timeout.Token);

        Assert.Equal("513", first.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal("512", second.Json!["message_reference"]!["message_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task MessageCreate_ReplyRetriedAfterAServerError_CarriesTheSameNonceFromTheSourceMessage()
    {
        using var timeout = TestTimeout.Create();
        var server = await FakeDiscordServer.StartAsync();
        await using var harness = DiscordHarness.Start(server, s => s.Script(
            $"POST /channels/{GuildChannel}/messages", new ScriptedResponse(502, new Dictionary<string, string>(), """{"message":"bad gateway","code":0}""")));
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.GuildMessage("1180000000000000512", $"<@{DiscordHarness.BotId}> how many troops?"), timeout.Token);
        var first = await harness.Server.NextRequestAsync($"POST /channels/{GuildChannel}/messages", timeout.Token);
        harness.Time.Advance(await harness.Time.WaitForTimerAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), timeout.Token));
        var retry = await harness.Server.NextRequestAsync($"POST /channels/{GuildChannel}/messages", timeout.Token);

        foreach (var attempt in new[] { first, retry })
        {
            Assert.Equal("1180000000000000512", attempt.Json!["nonce"]!.GetValue<string>());
            Assert.True(attempt.Json!["enforce_nonce"]!.GetValue<bool>());
        }
    }
}
