using System.Text.Json.Nodes;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;
using KosovoBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Discord.Tests;

/// <summary>
/// What admins and askers do with the bot's controls, end to end: the real core (router, limits, records,
/// <c>/kosovobot</c>) behind the real adapter against the fake Discord.
/// </summary>
public sealed class OperatorControlTests
{
    private const string Guild = "290926798626357999";
    private const string GuildChannel = "290926798999357250";
    private const string Asker = "53908232506183680";
    private const string Thread = "290926798999357777";

    // VIEW_CHANNEL | SEND_MESSAGES; MANAGE_GUILD alone; ADMINISTRATOR alone.
    private const string Member = "3072";
    private const string ManageServer = "32";
    private const string Administrator = "8";

    private int _sequence = 1;

    [Theory]
    [InlineData(ManageServer)]
    [InlineData(Administrator)]
    public async Task ChannelQuestions_SetByAnAdmin_PlainQuestionIsAnsweredWithoutAMention(string permissions)
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await DispatchAsync(connection, Manage("7001", permissions, Sub("channel", ("mode", "questions"))), timeout.Token);
        var set = (await harness.Server.NextRequestAsync("POST /interactions/7001/", timeout.Token)).Json!;
        await DispatchAsync(connection, "MESSAGE_CREATE", DiscordHarness.GuildMessage("801", "nice weather over the bridge today"), timeout.Token);
        await DispatchAsync(connection, "MESSAGE_CREATE", DiscordHarness.GuildMessage("802", "When does the bridge reopen?"), timeout.Token);
        var answer = (await harness.Server.NextRequestAsync($"POST /channels/{GuildChannel}/messages", timeout.Token)).Json!;

        Assert.Equal(64, set["data"]!["flags"]!.GetValue<int>());
        var confirmation = set["data"]!["content"]!.GetValue<string>();
        Assert.StartsWith(BotMessages.ChannelNowQuestions, confirmation, StringComparison.Ordinal);
        Assert.Contains(BotMessages.DiscordNoMessageContent, confirmation, StringComparison.Ordinal);
        // Messages of a channel are answered in order, so the first reply is to the question, not the remark.
        Assert.Equal("802", answer["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal("On Monday.", answer["content"]!.GetValue<string>());
        Assert.Equal(["When does the bridge reopen?"], core.Answers.Questions);
        var buttons = Buttons(answer);
        Assert.Equal([BotMessages.DiscordHelpful, BotMessages.DiscordNotHelpful], buttons.Select(b => b["label"]!.GetValue<string>()));
        var change = Assert.Single(await harness.Provider.GetRequiredService<ISettingsStore>().ListChangesAsync(null, null, 10, timeout.Token));
        Assert.Equal(new SettingScope("discord", Guild, GuildChannel), change.Scope);
        Assert.Equal(("channel", "questions", Asker), (change.Name, change.NewValue, change.ActorUserId));
    }

    [Fact]
    public async Task ChannelQuestions_WithMessageContentOn_HasNoHintAndAsksForTheIntent()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore(), new Dictionary<string, string?> { ["Discord:MessageContent"] = "true" });
        var (connection, identify) = await harness.AcceptAsync(timeout.Token);
        var ready = KosovoBot.Testing.Fixtures.Json("gateway-ready.json");
        ready["d"]!["resume_gateway_url"] = harness.Server.ResumeUrl.AbsoluteUri;
        await connection.SendAsync(ready, timeout.Token);

        await DispatchAsync(connection, Manage("7002", ManageServer, Sub("channel", ("mode", "questions"))), timeout.Token);
        var set = (await harness.Server.NextRequestAsync("POST /interactions/7002/", timeout.Token)).Json!;

        Assert.Equal(1 | 512 | 4096 | 32768, identify["d"]!["intents"]!.GetValue<int>());
        Assert.Equal(BotMessages.ChannelNowQuestions, set["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Manage_FromAMemberWithoutManageServer_IsRefusedEphemerallyAndChangesNothing()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore());
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await DispatchAsync(connection, Manage("7003", Member, Sub("channel", ("mode", "off"))), timeout.Token);
        var body = (await harness.Server.NextRequestAsync("POST /interactions/7003/", timeout.Token)).Json!;

        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(BotMessages.AdminOnly, body["data"]!["content"]!.GetValue<string>());
        Assert.Empty(await harness.Provider.GetRequiredService<ISettingsStore>().ListChangesAsync(null, null, 10, timeout.Token));
    }

    [Fact]
    public async Task Manage_LimitsSubcommandGroup_IsFlattenedToTheTypedLine()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore());
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var limits = new JsonArray(new JsonObject
        {
            ["type"] = 2,
            ["name"] = "limits",
            ["options"] = Sub("user-per-minute", ("count", 2)),
        });

        await DispatchAsync(connection, Manage("7004", ManageServer, limits), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7004/", timeout.Token);

        var stored = await harness.Provider.GetRequiredService<ISettingsStore>()
            .GetAsync(new SettingScope("discord", Guild), SettingNames.UserPerMinute, timeout.Token);
        Assert.Equal("2", stored);
    }

    [Fact]
    public async Task Audit_AfterTwoChanges_ListsBothNewestFirstPrivately()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore());
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Manage("7008", ManageServer, Sub("channel", ("mode", "questions"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7008/", timeout.Token);
        await DispatchAsync(connection, Manage("7009", ManageServer, Sub("feedback", ("state", "off"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7009/", timeout.Token);

        await DispatchAsync(connection, Manage("7012", ManageServer, Sub("audit")), timeout.Token);
        var audit = (await harness.Server.NextRequestAsync("POST /interactions/7012/", timeout.Token)).Json!["data"]!;

        Assert.Equal(64, audit["flags"]!.GetValue<int>());
        Assert.Equal(
            $"The latest settings changes here, newest first:\n"
            + $"2007-12-07 12:00 UTC: {Asker} set feedback from the default to off.\n"
            + $"2007-12-07 12:00 UTC: {Asker} set channel in channel {GuildChannel} from the default to questions.",
            audit["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task OffChannel_MentionIsIgnoredSlashCommandsGetANoticeAndKosovobotStillWorks()
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Manage("7005", ManageServer, Sub("channel", ("mode", "off"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7005/", timeout.Token);

        await DispatchAsync(connection, "MESSAGE_CREATE", DiscordHarness.GuildMessage("803", $"<@{DiscordHarness.BotId}> when does the bridge reopen?"), timeout.Token);
        await WaitForLogAsync(harness, "is set to off", timeout.Token);
        await DispatchAsync(connection, Ask("7006", "When does the bridge reopen?"), timeout.Token);
        var notice = (await harness.Server.NextRequestAsync("POST /interactions/7006/", timeout.Token)).Json!;
        await DispatchAsync(connection, Manage("7007", ManageServer, Sub("channel", ("mode", "on"))), timeout.Token);
        var back = (await harness.Server.NextRequestAsync("POST /interactions/7007/", timeout.Token)).Json!;

        Assert.Empty(harness.Server.RequestsTo("POST /channels/"));
        Assert.Equal(64, notice["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(BotMessages.DiscordChannelOff, notice["data"]!["content"]!.GetValue<string>());
        Assert.Equal(BotMessages.ChannelNowMentionOnly, back["data"]!["content"]!.GetValue<string>());
        Assert.Empty(core.Answers.Questions);
    }

    [Fact]
    public async Task ThumbsUp_StoresHelpfulFeedbackAndThanksPrivately()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore());
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Ask("7010", "When does the bridge reopen?"), timeout.Token);
        var answer = (await harness.Server.NextRequestAsync("POST /interactions/7010/", timeout.Token)).Json!["data"]!;
        var up = Buttons(answer)[0]["custom_id"]!.GetValue<string>();

        await DispatchAsync(connection, Press("7011", up, "40000000000000001"), timeout.Token);
        var thanks = (await harness.Server.NextRequestAsync("POST /interactions/7011/", timeout.Token)).Json!;

        Assert.Null(answer["flags"]);
        Assert.Equal(64, thanks["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(BotMessages.DiscordThanks, thanks["data"]!["content"]!.GetValue<string>());
        var feedback = Assert.Single(await FeedbackAsync(harness, up, timeout.Token));
        Assert.True(feedback.Helpful);
        Assert.Equal("40000000000000001", feedback.UserId);
        Assert.Null(feedback.Problem);
    }

    [Fact]
    public async Task ThumbsDown_OpensTheFormAndItsSubmitStoresWhatWentWrong()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore());
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Ask("7020", "When does the bridge reopen?"), timeout.Token);
        var answer = (await harness.Server.NextRequestAsync("POST /interactions/7020/", timeout.Token)).Json!["data"]!;
        var down = Buttons(answer)[1]["custom_id"]!.GetValue<string>();

        await DispatchAsync(connection, Press("7021", down), timeout.Token);
        var modal = (await harness.Server.NextRequestAsync("POST /interactions/7021/", timeout.Token)).Json!;
        var afterPress = Assert.Single(await FeedbackAsync(harness, down, timeout.Token));
        var formId = modal["data"]!["custom_id"]!.GetValue<string>();
        await DispatchAsync(connection, Submit("7022", formId, "badly-quoted", "  The quote stops mid-sentence. "), timeout.Token);
        var thanks = (await harness.Server.NextRequestAsync("POST /interactions/7022/", timeout.Token)).Json!;

        Assert.Equal(9, modal["type"]!.GetValue<int>());
        Assert.Equal(BotMessages.DiscordFormTitle, modal["data"]!["title"]!.GetValue<string>());
        var select = modal["data"]!["components"]![0]!;
        Assert.Equal(18, select["type"]!.GetValue<int>());
        Assert.Equal(3, select["component"]!["type"]!.GetValue<int>());
        Assert.Equal(
            [BotMessages.DiscordProblemWrong, BotMessages.DiscordProblemNotInArticle, BotMessages.DiscordProblemBadlyQuoted, BotMessages.DiscordProblemOther],
            select["component"]!["options"]!.AsArray().Select(o => o!["label"]!.GetValue<string>()));
        Assert.Equal(4, modal["data"]!["components"]![1]!["component"]!["type"]!.GetValue<int>());
        Assert.False(afterPress.Helpful);
        Assert.Equal(64, thanks["data"]!["flags"]!.GetValue<int>());
        var feedback = Assert.Single(await FeedbackAsync(harness, down, timeout.Token));
        Assert.False(feedback.Helpful);
        Assert.Equal(FeedbackProblem.BadlyQuoted, feedback.Problem);
        Assert.Equal("The quote stops mid-sentence.", feedback.Comment);
        var gap = Assert.Single(await harness.Provider.GetRequiredService<IQuestionRecords>().ListGapsAsync(DateTimeOffset.MinValue, timeout.Token));
        Assert.Equal("When does the bridge reopen?", gap.Question);
    }

    [Fact]
    public async Task FeedbackButtons_TurnedOffForTheServer_AreNotShown()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore());
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Manage("7025", ManageServer, Sub("feedback", ("state", "off"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7025/", timeout.Token);

        await DispatchAsync(connection, Ask("7026", "When does the bridge reopen?"), timeout.Token);
        var answer = (await harness.Server.NextRequestAsync("POST /interactions/7026/", timeout.Token)).Json!["data"]!;

        Assert.Equal("On Monday.", answer["content"]!.GetValue<string>());
        Assert.Null(answer["components"]);
    }

    [Fact]
    public async Task Gaps_InAGuild_ListsOnlyTheQuestionsAskedInThatGuild()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore());
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var records = harness.Provider.GetRequiredService<IQuestionRecords>();
        var now = harness.Time.GetUtcNow();
        await records.RecordAsync(Declined("g1", "How tall is the old lighthouse?", Guild, now), timeout.Token);
        await records.RecordAsync(Declined("g2", "Who owns the ferry company?", "290926798626357000", now), timeout.Token);
        await records.RecordAsync(Declined("g3", "What does the mayor earn?", null, now), timeout.Token);

        await DispatchAsync(connection, Manage("7040", ManageServer, Sub("gaps")), timeout.Token);
        var report = (await harness.Server.NextRequestAsync("POST /interactions/7040/", timeout.Token)).Json!["data"]!;

        var content = report["content"]!.GetValue<string>();
        Assert.Contains("How tall is the old lighthouse?", content, StringComparison.Ordinal);
        Assert.DoesNotContain("ferry", content, StringComparison.Ordinal);
        Assert.DoesNotContain("mayor", content, StringComparison.Ordinal);
        Assert.Equal(64, report["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task PrivateAsk_IsEphemeral_AndShareInChannelPostsItPubliclyAttributedToTheAsker()
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await DispatchAsync(connection, Ask("7030", "When does the bridge reopen?", privately: true), timeout.Token);
        var answer = (await harness.Server.NextRequestAsync("POST /interactions/7030/", timeout.Token)).Json!["data"]!;
        var buttons = Buttons(answer);
        var share = buttons[2]["custom_id"]!.GetValue<string>();
        await DispatchAsync(connection, Press("7031", share), timeout.Token);
        var update = (await harness.Server.NextRequestAsync("POST /interactions/7031/", timeout.Token)).Json!;
        var followUp = await harness.Server.NextRequestAsync("POST /webhooks/", timeout.Token);
        var shared = followUp.Json!;
        await DispatchAsync(connection, Press("7032", share), timeout.Token);
        var again = (await harness.Server.NextRequestAsync("POST /interactions/7032/", timeout.Token)).Json!;

        Assert.Equal(64, answer["flags"]!.GetValue<int>());
        Assert.Equal("On Monday.", answer["content"]!.GetValue<string>());
        Assert.Equal(BotMessages.DiscordShare, buttons[2]["label"]!.GetValue<string>());
        // The press updates the private answer it is on (its text untouched): the share button is gone, 👍/👎 stay.
        Assert.Equal(7, update["type"]!.GetValue<int>());
        Assert.Null(update["data"]!["content"]);
        Assert.Equal(
            buttons.Take(2).Select(b => b["custom_id"]!.GetValue<string>()),
            Buttons(update["data"]!).Select(b => b["custom_id"]!.GetValue<string>()));
        // The public answer is a new follow-up message, not an edit of the private one.
        Assert.DoesNotContain("/messages/", followUp.Path, StringComparison.Ordinal);
        Assert.Null(shared["flags"]);
        Assert.Equal($"<@{Asker}> asked: When does the bridge reopen?\nOn Monday.", shared["content"]!.GetValue<string>());
        Assert.NotNull(shared["embeds"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"parse":[]}"""), shared["allowed_mentions"]));
        // The shared answer's 👍/👎 act on the asker's record; sharing kept no second one and counted no question.
        Assert.Equal(
            buttons.Take(2).Select(b => b["custom_id"]!.GetValue<string>()),
            Buttons(shared).Select(b => b["custom_id"]!.GetValue<string>()));
        Assert.Equal(["When does the bridge reopen?", "When does the bridge reopen?"], core.Answers.Questions);
        Assert.Equal(BotMessages.DiscordAlreadyShared, again["data"]!["content"]!.GetValue<string>());
        Assert.Equal(64, again["data"]!["flags"]!.GetValue<int>());
        Assert.Single(harness.Server.RequestsTo("POST /webhooks/"));
    }

    [Fact]
    public async Task PrivateAskAndShare_WithDeferReplies_DeferPrivatelyThenTheShareUpdatesTheButtonAndFollowsUp()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore(), new Dictionary<string, string?> { ["Discord:DeferReplies"] = "true" });
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        await DispatchAsync(connection, Ask("7033", "When does the bridge reopen?", privately: true), timeout.Token);
        var deferral = (await harness.Server.NextRequestAsync("POST /interactions/7033/", timeout.Token)).Json!;
        var answer = (await harness.Server.NextRequestAsync("PATCH /webhooks/", timeout.Token)).Json!;
        await DispatchAsync(connection, Press("7034", Buttons(answer)[2]["custom_id"]!.GetValue<string>()), timeout.Token);
        var update = (await harness.Server.NextRequestAsync("POST /interactions/7034/", timeout.Token)).Json!;
        var shared = (await harness.Server.NextRequestAsync("POST /webhooks/", timeout.Token)).Json!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":5,"data":{"flags":64}}"""), deferral));
        Assert.Equal("On Monday.", answer["content"]!.GetValue<string>());
        Assert.Empty(harness.Server.RequestsTo("DELETE /webhooks/"));
        Assert.Equal(7, update["type"]!.GetValue<int>());
        Assert.Equal(2, Buttons(update["data"]!).Count);
        Assert.Null(shared["flags"]);
        Assert.StartsWith($"<@{Asker}> asked: When does the bridge reopen?", shared["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShareInChannel_WithFeedbackOff_LeavesThePrivateAnswerWithoutAnyButton()
    {
        using var timeout = TestTimeout.Create();
        await using var harness = Start(new RealCore());
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Manage("7037", ManageServer, Sub("feedback", ("state", "off"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7037/", timeout.Token);
        await DispatchAsync(connection, Ask("7038", "When does the bridge reopen?", privately: true), timeout.Token);
        var answer = (await harness.Server.NextRequestAsync("POST /interactions/7038/", timeout.Token)).Json!["data"]!;

        await DispatchAsync(connection, Press("7039", Assert.Single(Buttons(answer))["custom_id"]!.GetValue<string>()), timeout.Token);
        var update = (await harness.Server.NextRequestAsync("POST /interactions/7039/", timeout.Token)).Json!;
        var shared = (await harness.Server.NextRequestAsync("POST /webhooks/", timeout.Token)).Json!;

        // An empty list, not a missing one: a missing "components" would leave the button where it was.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":7,"data":{"components":[]}}"""), update));
        Assert.Null(shared["components"]);
    }

    [Fact]
    public async Task ShareInChannel_PressedBySomeoneElse_IsRefused()
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Ask("7035", "When does the bridge reopen?", privately: true), timeout.Token);
        var answer = (await harness.Server.NextRequestAsync("POST /interactions/7035/", timeout.Token)).Json!["data"]!;

        await DispatchAsync(connection, Press("7036", Buttons(answer)[2]["custom_id"]!.GetValue<string>(), "40000000000000002"), timeout.Token);
        var refused = (await harness.Server.NextRequestAsync("POST /interactions/7036/", timeout.Token)).Json!;

        Assert.Equal(BotMessages.DiscordShareNotYours, refused["data"]!["content"]!.GetValue<string>());
        Assert.Single(core.Answers.Questions);
    }

    [Fact]
    public async Task SixthQuestionInAMinute_GetsTheLimitNoticeEphemerally()
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);

        var bodies = new List<JsonNode>();
        for (var i = 0; i < 6; i++)
        {
            var id = (7040 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await DispatchAsync(connection, Ask(id, $"When does bridge {i} reopen?"), timeout.Token);
            bodies.Add((await harness.Server.NextRequestAsync($"POST /interactions/{id}/", timeout.Token)).Json!["data"]!);
        }

        Assert.All(bodies.Take(5), body => Assert.Equal("On Monday.", body["content"]!.GetValue<string>()));
        Assert.All(bodies.Take(5), body => Assert.Null(body["flags"]));
        Assert.Equal(64, bodies[5]["flags"]!.GetValue<int>());
        Assert.StartsWith("You have asked 5 questions in the last minute; I will answer your next one at 12:01:00 UTC", bodies[5]["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(bodies[5]["components"]);
        Assert.Equal(5, core.Answers.Questions.Count);
    }

    [Fact]
    public async Task ThreadUnderAQuestionsChannel_ParentFromThreadCreate_AnswersAPlainQuestionWithoutAMention()
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Manage("7050", ManageServer, Sub("channel", ("mode", "questions"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7050/", timeout.Token);

        await DispatchAsync(connection, "THREAD_CREATE", ThreadChannel(Thread, GuildChannel), timeout.Token);
        await DispatchAsync(connection, "MESSAGE_CREATE", ThreadMessage("811", "When does the bridge reopen?"), timeout.Token);
        var answer = (await harness.Server.NextRequestAsync($"POST /channels/{Thread}/messages", timeout.Token)).Json!;

        Assert.Equal("811", answer["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal("On Monday.", answer["content"]!.GetValue<string>());
        Assert.Empty(harness.Server.RequestsTo("GET /channels/"));
    }

    [Fact]
    public async Task ThreadUnderAQuestionsChannel_UnknownToTheGateway_AsksDiscordForItsParentOnceAndAnswers()
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Manage("7051", ManageServer, Sub("channel", ("mode", "questions"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7051/", timeout.Token);
        harness.Server.Script($"GET /channels/{Thread}", new ScriptedResponse(200, new Dictionary<string, string>(), ThreadChannel(Thread, GuildChannel).ToJsonString()));

        await DispatchAsync(connection, "MESSAGE_CREATE", ThreadMessage("812", "When does the bridge reopen?"), timeout.Token);
        var first = (await harness.Server.NextRequestAsync($"POST /channels/{Thread}/messages", timeout.Token)).Json!;
        await DispatchAsync(connection, "MESSAGE_CREATE", ThreadMessage("813", "Is the ferry running?"), timeout.Token);
        var second = (await harness.Server.NextRequestAsync($"POST /channels/{Thread}/messages", timeout.Token)).Json!;

        Assert.Equal("812", first["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal("813", second["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal(["When does the bridge reopen?", "Is the ferry running?"], core.Answers.Questions);
        Assert.Single(harness.Server.RequestsTo("GET /channels/"));
    }

    [Fact]
    public async Task ThreadUnderAnOffChannel_ParentFromThreadListSync_IgnoresAMention()
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Manage("7052", ManageServer, Sub("channel", ("mode", "off"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7052/", timeout.Token);

        var sync = new JsonObject { ["guild_id"] = Guild, ["threads"] = new JsonArray(ThreadChannel(Thread, GuildChannel)), ["members"] = new JsonArray() };
        await DispatchAsync(connection, "THREAD_LIST_SYNC", sync, timeout.Token);
        await DispatchAsync(connection, "MESSAGE_CREATE", ThreadMessage("814", $"<@{DiscordHarness.BotId}> when does the bridge reopen?"), timeout.Token);
        await WaitForLogAsync(harness, $"channel {Thread} is set to off", timeout.Token);

        Assert.Empty(harness.Server.RequestsTo("POST /channels/"));
        Assert.Empty(harness.Server.RequestsTo("GET /channels/"));
        Assert.Empty(core.Answers.Questions);
    }

    [Fact]
    public async Task ThreadSetOnItsOwn_KeepsItsModeOverItsChannels()
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        var guild = new JsonObject { ["id"] = Guild, ["roles"] = new JsonArray(), ["threads"] = new JsonArray(ThreadChannel(Thread, GuildChannel)) };
        await DispatchAsync(connection, "GUILD_CREATE", guild, timeout.Token);
        await DispatchAsync(connection, Manage("7053", ManageServer, Sub("channel", ("mode", "off"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7053/", timeout.Token);
        var inThread = Manage("7054", ManageServer, Sub("channel", ("mode", "questions")));
        inThread["channel_id"] = Thread;
        await DispatchAsync(connection, inThread, timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7054/", timeout.Token);

        await DispatchAsync(connection, "MESSAGE_CREATE", ThreadMessage("815", "When does the bridge reopen?"), timeout.Token);
        var answer = (await harness.Server.NextRequestAsync($"POST /channels/{Thread}/messages", timeout.Token)).Json!;

        Assert.Equal("815", answer["message_reference"]!["message_id"]!.GetValue<string>());
        var store = harness.Provider.GetRequiredService<ISettingsStore>();
        Assert.Equal("questions", await store.GetAsync(new SettingScope("discord", Guild, Thread), SettingNames.Channel, timeout.Token));
        Assert.Equal("off", await store.GetAsync(new SettingScope("discord", Guild, GuildChannel), SettingNames.Channel, timeout.Token));
        Assert.Empty(harness.Server.RequestsTo("GET /channels/"));
    }

    [Fact]
    public async Task ThreadUnderAnOffChannel_SlashCommandGetsTheNoticeAndShowSaysOff()
    {
        using var timeout = TestTimeout.Create();
        var core = new RealCore();
        await using var harness = Start(core);
        var connection = await harness.ConnectReadyAsync(timeout.Token);
        await DispatchAsync(connection, Manage("7055", ManageServer, Sub("channel", ("mode", "off"))), timeout.Token);
        await harness.Server.NextRequestAsync("POST /interactions/7055/", timeout.Token);
        await DispatchAsync(connection, "THREAD_CREATE", ThreadChannel(Thread, GuildChannel), timeout.Token);

        var ask = Ask("7056", "When does the bridge reopen?");
        ask["channel_id"] = Thread;
        await DispatchAsync(connection, ask, timeout.Token);
        var notice = (await harness.Server.NextRequestAsync("POST /interactions/7056/", timeout.Token)).Json!;
        var show = Manage("7057", ManageServer, Sub("show"));
        show["channel_id"] = Thread;
        await DispatchAsync(connection, show, timeout.Token);
        var shown = (await harness.Server.NextRequestAsync("POST /interactions/7057/", timeout.Token)).Json!;

        Assert.Equal(BotMessages.DiscordChannelOff, notice["data"]!["content"]!.GetValue<string>());
        Assert.Contains(BotText.Format(BotMessages.ShowChannel, "off"), shown["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(core.Answers.Questions);
    }

    private static JsonObject ThreadChannel(string id, string parentId) =>
        new() { ["id"] = id, ["type"] = 11, ["guild_id"] = Guild, ["parent_id"] = parentId, ["name"] = "bridge works" };

    private static JsonObject ThreadMessage(string id, string content)
    {
        var message = DiscordHarness.GuildMessage(id, content);
        message["channel_id"] = Thread;
        message["channel_type"] = 11;
        return message;
    }

    private static DiscordHarness Start(RealCore core, IDictionary<string, string?>? settings = null) =>
        DiscordHarness.Start(FakeDiscordServer.StartAsync().GetAwaiter().GetResult(), _ => { }, settings, arrange: core.Add);

    private Task DispatchAsync(FakeGatewayConnection connection, JsonObject interaction, CancellationToken cancellationToken) =>
        DispatchAsync(connection, "INTERACTION_CREATE", interaction, cancellationToken);

    private Task DispatchAsync(FakeGatewayConnection connection, string name, JsonObject data, CancellationToken cancellationToken) =>
        connection.DispatchAsync(name, ++_sequence, data, cancellationToken);

    private static JsonObject Manage(string id, string permissions, JsonArray options)
    {
        var interaction = InGuildChannel(DiscordHarness.Command(id, "kosovobot"));
        interaction["data"]!["options"] = options;
        interaction["member"]!["permissions"] = permissions;
        return interaction;
    }

    private static JsonArray Sub(string name, params (string Name, JsonNode Value)[] values) =>
        new(new JsonObject
        {
            ["type"] = 1,
            ["name"] = name,
            ["options"] = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject
            {
                ["type"] = v.Value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? 4 : 3,
                ["name"] = v.Name,
                ["value"] = v.Value,
            })]),
        });

    private static JsonObject Ask(string id, string question, bool privately = false)
    {
        var interaction = InGuildChannel(DiscordHarness.Command(id, "ask", "question", question));
        if (privately)
        {
            interaction["data"]!["options"]!.AsArray().Add(new JsonObject { ["type"] = 5, ["name"] = "private", ["value"] = true });
        }

        return interaction;
    }

    private static JsonObject Press(string id, string customId, string userId = Asker)
    {
        var interaction = InGuildChannel(DiscordHarness.Command(id, "unused"));
        interaction["type"] = 3;
        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        interaction["member"]!["user"]!["id"] = userId;
        return interaction;
    }

    private static JsonObject Submit(string id, string formId, string problem, string comment)
    {
        var interaction = InGuildChannel(DiscordHarness.Command(id, "unused"));
        interaction["type"] = 5;
        interaction["data"] = JsonNode.Parse($$$"""
            {"custom_id": "{{{formId}}}", "components": [
              {"type": 18, "id": 1, "component": {"type": 3, "id": 2, "custom_id": "problem", "values": ["{{{problem}}}"]}},
              {"type": 18, "id": 3, "component": {"type": 4, "id": 4, "custom_id": "comment", "value": "{{{comment}}}"}}]}
            """);
        return interaction;
    }

    private static JsonObject InGuildChannel(JsonObject interaction)
    {
        interaction["channel_id"] = GuildChannel;
        interaction["guild_id"] = Guild;
        return interaction;
    }

    private static QuestionRecord Declined(string id, string question, string? guild, DateTimeOffset at) => new()
    {
        Id = id,
        At = at,
        Platform = "discord",
        ServerId = guild,
        ChannelId = guild is null ? "290926798999357999" : GuildChannel,
        UserId = Asker,
        Question = question,
        Answered = false,
        AnswerText = "No article mentions it.",
        Snapshot = "k-1",
    };

    private static IReadOnlyList<JsonNode> Buttons(JsonNode message) =>
        [.. message["components"]![0]!["components"]!.AsArray().Select(b => b!)];

    private static Task<IReadOnlyList<AnswerFeedback>> FeedbackAsync(DiscordHarness harness, string customId, CancellationToken cancellationToken) =>
        harness.Provider.GetRequiredService<IQuestionRecords>().FeedbackForAsync(customId[(customId.LastIndexOf(':') + 1)..], cancellationToken);

    private static async Task WaitForLogAsync(DiscordHarness harness, string text, CancellationToken cancellationToken)
    {
        await foreach (var record in harness.Logs.GetLogsAsync(cancellationToken))
        {
            if (record.Message.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
        }
    }
}
