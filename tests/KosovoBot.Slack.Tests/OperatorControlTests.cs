using System.Text.Json.Nodes;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;
using KosovoBot.Slack.Tests.Fakes;

namespace KosovoBot.Slack.Tests;

/// <summary>
/// What admins and askers do through Slack, against the fake Slack with Core's real router, limits and /kosovobot:
/// channel modes, the admin check, 👍/👎 and the form, private answers shared in the channel, and the limit notice.
/// </summary>
public sealed class OperatorControlTests
{
    private static readonly SettingScope GeneralChannel = new("slack", "T111", "C111");

    [Fact]
    public async Task Kosovobot_WorkspaceAdminSetsQuestions_PlainQuestionThereIsAnsweredWithoutMention()
    {
        await using var h = await StartAsync(arrangeSlack: slack => slack.WorkspaceAdmins["U111"] = true);
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.SlashCommand("/kosovobot", "channel questions"), h.Timeout);
        var notice = (await socket.ReceiveAsync(h.Timeout))["payload"]!;
        await socket.SendAsync(Envelopes.ChannelMessage("env-1", "Ev1", "Thanks all, see you tomorrow", ts: "1610241750.000001"), h.Timeout);
        await socket.SendAsync(Envelopes.ChannelMessage("env-2", "Ev2", "How many troops stay in the area?", ts: "1610241750.000002"), h.Timeout);
        var answer = await h.NextPostAsync();

        Assert.Equal("ephemeral", (string?)notice["response_type"]);
        Assert.Equal(BotMessages.ChannelNowQuestions, (string?)notice["text"]);
        Assert.Equal("C111", (string?)answer["channel"]);
        Assert.Equal("1610241750.000002", (string?)answer["thread_ts"]); // answered in the asker's thread
        Assert.Equal("Answer to: How many troops stay in the area?", (string?)answer["text"]);
        var change = Assert.Single(await h.Settings.ListChangesAsync(null, null, 10, h.Timeout));
        Assert.Equal((GeneralChannel, SettingNames.Channel, "questions", "U111"), (change.Scope, change.Name, change.NewValue, change.ActorUserId));
        Assert.Equal($"Bearer {SlackAdapterHarness.BotToken}", h.Slack.AuthorizationByMethod["users.info"]);
    }

    [Fact]
    public async Task Kosovobot_ChannelQuestionsWithoutTheHistoryScope_NoticeSaysWhatToAdd()
    {
        await using var h = await StartAsync(
            new() { ["Slack:AdminUsers:0"] = "U111" },
            slack => slack.BotScopes = "app_mentions:read,chat:write,commands,im:history");
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.SlashCommand("/kosovobot", "channel questions"), h.Timeout);
        var notice = (await socket.ReceiveAsync(h.Timeout))["payload"]!.ToJsonString();

        Assert.Contains("channels:history", notice, StringComparison.Ordinal);
        Assert.Contains("message.channels", notice, StringComparison.Ordinal);
        Assert.Equal(0, h.Slack.UsersInfoCalls); // listed in Slack:AdminUsers: no need to ask Slack
    }

    [Fact]
    public async Task Kosovobot_FromANonAdmin_RefusedOnlyToThemAndNothingChanges()
    {
        await using var h = await StartAsync();
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.SlashCommand("/kosovobot", "channel off"), h.Timeout);
        var refusal = (await socket.ReceiveAsync(h.Timeout))["payload"]!;

        Assert.Equal("ephemeral", (string?)refusal["response_type"]);
        Assert.Equal(BotMessages.AdminOnly, (string?)refusal["text"]);
        Assert.Empty(await h.Settings.ListChangesAsync(null, null, 10, h.Timeout));
        Assert.Equal(1, h.Slack.UsersInfoCalls);
    }

    [Fact]
    public async Task Kosovobot_UsersInfoRefusedForMissingScope_RefusedAndLogged()
    {
        await using var h = await StartAsync(arrangeSlack: slack =>
            slack.UsersInfoBody = """{"ok":false,"error":"missing_scope","needed":"users:read","provided":"chat:write"}""");
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.SlashCommand("/kosovobot", "channel off"), h.Timeout);
        var refusal = (await socket.ReceiveAsync(h.Timeout))["payload"]!;

        Assert.Equal(BotMessages.AdminOnly, (string?)refusal["text"]);
        Assert.Contains(h.Logs.GetSnapshot(), record => record.Message.Contains("users:read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlainChannelQuestion_InAMentionOnlyChannel_IsNotAnswered()
    {
        await using var h = await StartAsync();
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.ChannelMessage("env-1", "Ev1", "How many troops stay in the area?"), h.Timeout);
        await socket.SendAsync(Envelopes.AppMention("env-2", "Ev2", "Who leads the mission?", ts: "1610241760.000001"), h.Timeout);
        var post = await h.NextPostAsync();

        Assert.Equal("Answer to: Who leads the mission?", (string?)post["text"]); // the channel message before it was skipped
    }

    [Fact]
    public async Task Mention_InAnOffChannel_IsNotAnswered()
    {
        await using var h = await StartAsync();
        await h.Settings.SetAsync(GeneralChannel, SettingNames.Channel, "off", "U111", h.Time.GetUtcNow(), h.Timeout);
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "How many troops stay in the area?"), h.Timeout);
        await socket.SendAsync(Envelopes.DirectMessage("env-2", "Ev2", e => e["text"] = "Who leads the mission?"), h.Timeout);
        var post = await h.NextPostAsync();

        Assert.Equal("D024BE91L", (string?)post["channel"]);
    }

    [Fact]
    public async Task ThumbsUp_OnAnAnswer_ReachesTheRecordsAndThanksOnlyTheClicker()
    {
        await using var h = await StartAsync();
        var socket = await h.AcceptConnectionAsync();
        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "How many troops stay in the area?"), h.Timeout);
        var answer = await h.NextPostAsync();
        var up = Button(answer, "kosovobot_helpful");

        await socket.SendAsync(Envelopes.ButtonClick("env-2", "kosovobot_helpful", (string)up["value"]!, user: "U333"), h.Timeout);
        var feedback = await h.Records.Feedback.ReadAsync(h.Timeout);
        var thanks = await h.Slack.Ephemerals.ReadAsync(h.Timeout);

        Assert.Equal("👍", (string?)up["text"]!["text"]);
        Assert.Equal("How many troops stay in the area?", (await h.Records.FindAsync(feedback.RecordId, h.Timeout))!.Question);
        Assert.Equal(("U333", true, (FeedbackProblem?)null), (feedback.UserId, feedback.Helpful, feedback.Problem));
        Assert.Equal(("C111", "U333", BotMessages.SlackFeedbackThanks), ((string?)thanks["channel"], (string?)thanks["user"], (string?)thanks["text"]));
    }

    [Fact]
    public async Task ThumbsDown_OpensTheFormWithTheClicksTrigger_AndTheSubmittedFormReachesTheRecords()
    {
        await using var h = await StartAsync();
        var socket = await h.AcceptConnectionAsync();
        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "How many troops stay in the area?"), h.Timeout);
        var recordId = (string)Button(await h.NextPostAsync(), "kosovobot_unhelpful")["value"]!;

        await socket.SendAsync(Envelopes.ButtonClick("env-2", "kosovobot_unhelpful", recordId), h.Timeout);
        var vote = await h.Records.Feedback.ReadAsync(h.Timeout);
        var opened = await h.Slack.ViewsOpened.ReadAsync(h.Timeout);
        await socket.SendAsync(
            Envelopes.FormSubmission("env-3", (string)opened["view"]!["callback_id"]!, (string)opened["view"]!["private_metadata"]!,
                "not-in-article", "  The quote is from another speaker.  "),
            h.Timeout);
        var form = await h.Records.Feedback.ReadAsync(h.Timeout);

        Assert.Equal((recordId, false, (FeedbackProblem?)null), (vote.RecordId, vote.Helpful, vote.Problem)); // counted even if the form is closed
        Assert.Equal("111.222.trigger", (string?)opened["trigger_id"]);
        var problem = opened["view"]!["blocks"]![0]!["element"]!;
        Assert.Equal("static_select", (string?)problem["type"]);
        Assert.Equal(4, problem["options"]!.AsArray().Count);
        Assert.Equal(
            (recordId, "U111", false, (FeedbackProblem?)FeedbackProblem.NotInArticle, "The quote is from another speaker."),
            (form.RecordId, form.UserId, form.Helpful, form.Problem, form.Comment));
        Assert.Equal((FeedbackProblem?)FeedbackProblem.NotInArticle, Assert.Single(await h.Records.FeedbackForAsync(recordId, h.Timeout)).Problem);
    }

    [Fact]
    public async Task InteractiveEnvelope_IsAcknowledgedByItsEnvelopeIdAlone()
    {
        await using var h = await StartAsync();
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.FormSubmission("env-9", "kosovobot_feedback_form", "r-1", "wrong", null), h.Timeout);
        var ack = await socket.ReceiveAsync(h.Timeout);

        Assert.Equal("""{"envelope_id":"env-9"}""", ack.ToJsonString()); // an empty acknowledgement closes the form
        Assert.Equal((FeedbackProblem?)FeedbackProblem.Wrong, (await h.Records.Feedback.ReadAsync(h.Timeout)).Problem);
    }

    [Fact]
    public async Task AskPrivately_AnswerIsEphemeral_AndShareInChannelPostsItForEveryoneAttributedToTheAsker()
    {
        await using var h = await StartAsync();
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.SlashCommand("/ask", "-p how many troops stay?"), h.Timeout);
        var privateAnswer = (await socket.ReceiveAsync(h.Timeout))["payload"]!.AsObject();
        var share = Button(privateAnswer, "kosovobot_share");
        await socket.SendAsync(
            Envelopes.ButtonClick("env-2", "kosovobot_share", (string)share["value"]!, responseUrl: h.Slack.ResponseUrl, ephemeral: true), h.Timeout);
        var shared = await h.NextPostAsync();
        var removal = await h.Slack.ResponseUrlPosts.ReadAsync(h.Timeout);

        Assert.Equal("ephemeral", (string?)privateAnswer["response_type"]);
        Assert.Equal("Answer to: how many troops stay?", (string?)privateAnswer["text"]);
        Assert.Equal(BotMessages.SlackShareButton, (string?)share["text"]!["text"]);
        Assert.Equal("C111", (string?)shared["channel"]);
        Assert.Null(shared["thread_ts"]);
        Assert.Equal("Answer to: how many troops stay?", (string?)shared["text"]);
        Assert.Equal("Asked by <@U111>: how many troops stay?", ContextText(shared["blocks"]![0]!));
        Assert.DoesNotContain(shared["blocks"]!.AsArray(), block => (string?)block!["type"] == "actions"); // no buttons on the public copy
        Assert.Equal("""{"delete_original":true}""", removal.ToJsonString()); // the private copy goes, so it is shared once
    }

    [Fact]
    public async Task SixthQuestionInAMinute_GetsTheLimitNoticeOnlyForTheAsker()
    {
        await using var h = await StartAsync();
        var socket = await h.AcceptConnectionAsync();

        for (var i = 1; i <= 6; i++)
        {
            await socket.SendAsync(Envelopes.AppMention($"env-{i}", $"Ev{i}", $"Question number {i}?", ts: $"1610241770.00000{i}"), h.Timeout);
        }

        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal($"Answer to: Question number {i}?", (string?)(await h.NextPostAsync())["text"]);
        }

        var notice = await h.Slack.Ephemerals.ReadAsync(h.Timeout);
        Assert.Equal(("C111", "U222"), ((string?)notice["channel"], (string?)notice["user"]));
        Assert.StartsWith("You have asked 5 questions in the last minute", (string?)notice["text"], StringComparison.Ordinal);
        Assert.Null(notice["thread_ts"]); // Slack shows an ephemeral in a thread only when the thread exists
        Assert.False(h.Slack.Posts.TryPeek(out _));
    }

    private static Task<SlackAdapterHarness> StartAsync(Dictionary<string, string?>? settings = null, Action<FakeSlackServer>? arrangeSlack = null) =>
        SlackAdapterHarness.StartAsync(settings, arrangeSlack: arrangeSlack, replaceServices: RealRouter.AddTo);

    private static JsonObject Button(JsonObject message, string actionId) =>
        message["blocks"]!.AsArray()
            .Where(block => (string?)block!["type"] == "actions")
            .SelectMany(block => block!["elements"]!.AsArray())
            .Single(element => (string?)element!["action_id"] == actionId)!.AsObject();

    private static string? ContextText(JsonNode block) => (string?)block["elements"]![0]!["text"];
}
