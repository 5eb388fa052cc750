using System.Text.Json.Nodes;
using KosovoBot.Discord.Tests.Fakes;
using KosovoBot.Testing.Fakes;

namespace KosovoBot.Discord.Tests;

/// <summary>Follow-up questions through replies, threads and DMs, with the real router and conversation store.</summary>
public sealed class ConversationTests
{
    private const string GuildChannel = "290926798999357250";
    private const string ThreadA = "700000000000000001";
    private const string ThreadB = "700000000000000002";

    [Fact]
    public async Task Reply_ToTheBotsAnswerThatPingsIt_IsAnsweredInContextWithTheReadingLine()
    {
        using var timeout = TestTimeout.Create();
        var conversations = new ConversationRouter();
        await using var harness = await DiscordHarness.StartAsync(router: conversations.Router);
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.GuildMessage("600", $"<@{DiscordHarness.BotId}> Will the ferry keep running in winter?"), timeout.Token);
        var first = await harness.Server.NextRequestAsync($"POST /channels/{GuildChannel}/messages", timeout.Token);

        // Replying with the mention on puts the bot in mentions[]; the text itself has no <@id>.
        await connection.DispatchAsync("MESSAGE_CREATE", 3, ReplyToBot("601", "why?", answeredMessageId: "600"), timeout.Token);
        var second = await harness.Server.NextRequestAsync($"POST /channels/{GuildChannel}/messages", timeout.Token);

        Assert.Equal("Answer to: Will the ferry keep running in winter?", first.Json!["content"]!.GetValue<string>());
        Assert.Equal(
            "*Reading this as: Why will the ferry keep running in winter?*\nAnswer to: Why will the ferry keep running in winter?",
            second.Json!["content"]!.GetValue<string>());
        Assert.Equal("601", second.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Contains("Mara Vell", second.Json!["embeds"]![0]!["fields"]![0]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_InAThreadWhereTheBotAnswered_IsAnsweredInTheThreadsContext()
    {
        using var timeout = TestTimeout.Create();
        var conversations = new ConversationRouter();
        await using var harness = await DiscordHarness.StartAsync(router: conversations.Router);
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("MESSAGE_CREATE", 2, InThread("610", ThreadA, $"<@{DiscordHarness.BotId}> What did the mayor promise the fishermen?"), timeout.Token);
        await harness.Server.NextRequestAsync($"POST /channels/{ThreadA}/messages", timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, InThread("611", ThreadA, $"<@{DiscordHarness.BotId}> when?"), timeout.Token);
        var followUp = await harness.Server.NextRequestAsync($"POST /channels/{ThreadA}/messages", timeout.Token);

        Assert.StartsWith(
            "*Reading this as: When did the mayor promise the fishermen?*\n",
            followUp.Json!["content"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Equal("When did the mayor promise the fishermen?", conversations.Answers.Questions.Last());
    }

    [Fact]
    public async Task DirectMessage_FollowUp_IsAnsweredInTheDmsContext()
    {
        using var timeout = TestTimeout.Create();
        var conversations = new ConversationRouter();
        await using var harness = await DiscordHarness.StartAsync(router: conversations.Router);
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.DirectMessage("620", "Did the council close the old pier?"), timeout.Token);
        await harness.Server.NextRequestAsync("POST /channels/100000000000000001/messages", timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.DirectMessage("621", "why?"), timeout.Token);
        var followUp = await harness.Server.NextRequestAsync("POST /channels/100000000000000001/messages", timeout.Token);

        Assert.Equal(
            "*Reading this as: Why did the council close the old pier?*\nAnswer to: Why did the council close the old pier?",
            followUp.Json!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task TwoThreads_Interleaved_DoNotMix()
    {
        using var timeout = TestTimeout.Create();
        var conversations = new ConversationRouter();
        await using var harness = await DiscordHarness.StartAsync(router: conversations.Router);
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var mention = $"<@{DiscordHarness.BotId}>";

        await connection.DispatchAsync("MESSAGE_CREATE", 2, InThread("630", ThreadA, $"{mention} Will the ferry keep running in winter?"), timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, InThread("631", ThreadB, $"{mention} Did the council close the old pier?"), timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 4, InThread("632", ThreadA, $"{mention} why?"), timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 5, InThread("633", ThreadB, $"{mention} why?"), timeout.Token);
        var posts = new List<RecordedRequest>();
        for (var i = 0; i < 4; i++)
        {
            posts.Add(await harness.Server.NextRequestAsync("POST /channels/", timeout.Token));
        }

        // Each thread's replies come in order; the two threads are answered concurrently.
        string Reply(string messageId) => posts.Single(p => p.Json!["message_reference"]!["message_id"]!.GetValue<string>() == messageId)
            .Json!["content"]!.GetValue<string>();
        Assert.Equal("*Reading this as: Why will the ferry keep running in winter?*\nAnswer to: Why will the ferry keep running in winter?", Reply("632"));
        Assert.Equal("*Reading this as: Why did the council close the old pier?*\nAnswer to: Why did the council close the old pier?", Reply("633"));
        Assert.All(posts.Where(p => p.Path == $"/channels/{ThreadA}/messages"), p => Assert.DoesNotContain("pier", p.Json!["content"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mention_OutsideAThreadOrReply_StartsAFreshConversation()
    {
        using var timeout = TestTimeout.Create();
        var conversations = new ConversationRouter();
        await using var harness = await DiscordHarness.StartAsync(router: conversations.Router);
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordHarness.GuildMessage("640", $"<@{DiscordHarness.BotId}> Will the ferry keep running in winter?"), timeout.Token);
        await harness.Server.NextRequestAsync($"POST /channels/{GuildChannel}/messages", timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordHarness.GuildMessage("641", $"<@{DiscordHarness.BotId}> why?"), timeout.Token);
        var other = await harness.Server.NextRequestAsync($"POST /channels/{GuildChannel}/messages", timeout.Token);

        Assert.Equal("Answer to: why?", other.Json!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mention_OfTheBotsManagedRole_IsAnsweredButAnotherRoleIsNot()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = await DiscordHarness.StartAsync();
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var guild = new JsonObject
        {
            ["id"] = "290926798626357999",
            ["roles"] = new JsonArray(
                new JsonObject { ["id"] = "900", ["name"] = "KosovoBot", ["tags"] = new JsonObject { ["bot_id"] = DiscordHarness.BotId } },
                new JsonObject { ["id"] = "901", ["name"] = "Moderators" }),
        };
        await connection.DispatchAsync("GUILD_CREATE", 2, guild, timeout.Token);

        var otherRole = DiscordHarness.GuildMessage("650", "<@&901> how many troops?");
        otherRole["mention_roles"] = new JsonArray("901");
        var botRole = DiscordHarness.GuildMessage("651", "<@&900> how many troops?");
        botRole["mention_roles"] = new JsonArray("900");
        await connection.DispatchAsync("MESSAGE_CREATE", 3, otherRole, timeout.Token);
        await connection.DispatchAsync("MESSAGE_CREATE", 4, botRole, timeout.Token);
        var reply = await harness.Server.NextRequestAsync($"POST /channels/{GuildChannel}/messages", timeout.Token);

        Assert.Equal("651", reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Single(harness.Router.Requests);
        Assert.Single(harness.Server.RequestsTo("POST /channels/"));
    }

    /// <summary>A reply to the bot's answer (id 999) to <paramref name="answeredMessageId"/>, with the reply's mention on.</summary>
    private static JsonObject ReplyToBot(string id, string content, string answeredMessageId)
    {
        var message = DiscordHarness.GuildMessage(id, content);
        message["type"] = 19;
        message["mentions"] = new JsonArray(new JsonObject { ["id"] = DiscordHarness.BotId, ["username"] = "KosovoBot", ["bot"] = true });
        message["message_reference"] = new JsonObject { ["message_id"] = "999", ["channel_id"] = GuildChannel };
        message["referenced_message"] = new JsonObject
        {
            ["id"] = "999",
            ["channel_id"] = GuildChannel,
            ["type"] = 19,
            ["content"] = "Answer to: Will the ferry keep running in winter?",
            ["author"] = new JsonObject { ["id"] = DiscordHarness.BotId, ["username"] = "KosovoBot", ["bot"] = true },
            ["message_reference"] = new JsonObject { ["message_id"] = answeredMessageId, ["channel_id"] = GuildChannel },
        };
        return message;
    }

    /// <summary>A guild message in the public thread <paramref name="threadId"/> (channel type 11).</summary>
    private static JsonObject InThread(string id, string threadId, string content)
    {
        var message = DiscordHarness.GuildMessage(id, content);
        message["channel_id"] = threadId;
        message["channel_type"] = 11;
        return message;
    }
}
