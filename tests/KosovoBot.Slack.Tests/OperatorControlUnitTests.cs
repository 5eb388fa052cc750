using System.Text.Json;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Slack.Dispatch;
using KosovoBot.Slack.Interactivity;
using KosovoBot.Slack.Protocol;
using KosovoBot.Slack.Rendering;
using KosovoBot.Slack.Tests.Fakes;

namespace KosovoBot.Slack.Tests;

public sealed class OperatorControlUnitTests
{
    [Theory]
    [InlineData("-p who said it?", true, "who said it?")]
    [InlineData("  --private   who said it?", true, "who said it?")]
    [InlineData("-P who said it?", true, "who said it?")]
    [InlineData("-pwho said it?", false, "-pwho said it?")]
    [InlineData("who said -p it?", false, "who said -p it?")]
    [InlineData("-p", true, "")]
    public void PrivateFlag_TryStrip_ReadsTheFlagOnlyBeforeTheQuestion(string text, bool expected, string question)
    {
        Assert.Equal(expected, PrivateFlag.TryStrip(text, out var rest));
        Assert.Equal(question, rest);
    }

    [Fact]
    public void Render_KeptAnswerOfferingFeedback_EndsWithThumbButtonsCarryingTheRecordId()
    {
        var reply = CannedReplies.Answer with { RecordId = "r-42", OffersFeedback = true };

        var json = JsonSerializer.SerializeToNode(SlackRenderer.Render(reply).ToPostMessage("C1", null), SlackJsonContext.Default.PostMessageRequest)!;
        var last = json["blocks"]!.AsArray()[^1]!;

        Assert.Equal("actions", (string?)last["type"]);
        Assert.Equal(
            ["button:kosovobot_helpful:r-42", "button:kosovobot_unhelpful:r-42"],
            last["elements"]!.AsArray().Select(e => $"{e!["type"]}:{e["action_id"]}:{e["value"]}"));
        Assert.Equal("plain_text", (string?)last["elements"]![0]!["text"]!["type"]);
    }

    [Fact]
    public void Render_ShareablePrivateAnswer_HasShareButtonAndIsEphemeral()
    {
        var reply = CannedReplies.Answer with { RecordId = "r-7", Shareable = true, IsPrivate = true };

        var response = SlackRenderer.RenderSlashResponse(reply);
        var button = Assert.IsType<ButtonElement>(Assert.Single(response.Blocks![^1].Elements!));

        Assert.Equal(SlashCommandResponse.Ephemeral, response.ResponseType);
        Assert.Equal(("kosovobot_share", "r-7", "primary"), (button.ActionId, button.Value, button.Style));
    }

    [Fact]
    public void Render_ReplyWithoutRecordOrWithButtonsOff_HasNoActionsBlock()
    {
        Assert.DoesNotContain(SlackRenderer.Render(CannedReplies.Answer with { OffersFeedback = true }).Blocks, b => b.Type == "actions");
        Assert.DoesNotContain(SlackRenderer.Render(CannedReplies.Answer with { RecordId = "r-1" }).Blocks, b => b.Type == "actions");
    }

    [Fact]
    public void Render_ManyQuotesWithButtons_StaysWithinFiftyBlocksAndKeepsTheButtons()
    {
        var quotes = Enumerable.Range(1, 40).Select(i => CannedReplies.Answer.Citations[0]).ToArray();
        var reply = CannedReplies.Answer with { Citations = quotes, RecordId = "r-1", OffersFeedback = true, Notices = ["a notice"] };

        var blocks = SlackRenderer.Render(reply).Blocks;

        Assert.InRange(blocks.Count, 1, SlackRenderer.MaxBlocks);
        Assert.Equal("actions", blocks[^1].Type);
        Assert.Equal("a notice", Assert.IsType<MrkdwnElement>(blocks[^2].Elements![0]).Text);
        Assert.Contains("more not shown", Assert.IsType<MrkdwnElement>(blocks[^3].Elements![0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderShared_ManyQuotes_OpensWithWhoAskedAndKeepsTheNoticeAndTheMoreLine()
    {
        var quotes = Enumerable.Range(1, 40).Select(i => CannedReplies.Answer.Citations[0]).ToArray();
        var reply = CannedReplies.Answer with { Citations = quotes, RecordId = "r-1", Notices = ["a notice"] };

        var blocks = SlackRenderer.RenderShared(reply, "U1", "How many troops?").Blocks;

        Assert.InRange(blocks.Count, 1, SlackRenderer.MaxBlocks);
        Assert.Contains("<@U1>", Assert.IsType<MrkdwnElement>(blocks[0].Elements![0]).Text, StringComparison.Ordinal);
        Assert.Equal("a notice", Assert.IsType<MrkdwnElement>(blocks[^1].Elements![0]).Text);
        Assert.Contains("more not shown", Assert.IsType<MrkdwnElement>(blocks[^2].Elements![0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedbackForm_Build_FitsSlacksLimitsAndCarriesTheRecordId()
    {
        var view = FeedbackForm.Build("r-9");

        Assert.Equal(("kosovobot_feedback_form", "r-9"), (view.CallbackId, view.PrivateMetadata));
        Assert.All([view.Title, view.Submit!, view.Close!], text => Assert.InRange(text.Text.Length, 1, 24));
        var select = Assert.IsType<StaticSelectElement>(view.Blocks[0].Element);
        Assert.All(select.Options, option => Assert.InRange(option.Text.Text.Length, 1, 75));
        Assert.True(view.Blocks[1].Optional);
    }

    [Fact]
    public void FeedbackForm_ReadsTheChoiceAndTrimsAndCapsTheComment()
    {
        var state = new ViewState
        {
            Values = new Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>
            {
                ["problem"] = new Dictionary<string, ViewStateValue> { ["problem"] = new() { SelectedOption = new() { Value = "badly-quoted" } } },
                ["comment"] = new Dictionary<string, ViewStateValue> { ["comment"] = new() { Value = " " + new string('x', 1500) } },
            },
        };

        Assert.Equal(FeedbackProblem.BadlyQuoted, FeedbackForm.Problem(state));
        Assert.Equal(FeedbackForm.MaxComment, FeedbackForm.Comment(state)!.Length);
        Assert.Null(FeedbackForm.Problem(new ViewState()));
        Assert.Null(FeedbackForm.Comment(null));
    }

    [Fact]
    public void EventFilter_ChannelMessage_OnlyAQuestionWithoutTheBotsMention()
    {
        var self = new Api.SlackBotIdentity("UBOT", "BBOT", "T1");
        SlackEvent Message(string text) => new() { Type = "message", ChannelType = "channel", User = "U1", Channel = "C1", Ts = "1.1", Text = text };

        var question = EventFilter.ToQuestion(Message("Who leads the mission?"), self, out _);

        Assert.True(question!.IsChannelMessage);
        Assert.Equal("1.1", question.ThreadTs);
        Assert.Null(EventFilter.ToQuestion(Message("Lunch is at noon."), self, out var notQuestion));
        Assert.Contains("not a question", notQuestion, StringComparison.Ordinal);
        Assert.Null(EventFilter.ToQuestion(Message("<@UBOT> who leads the mission?"), self, out var mention));
        Assert.Contains("app_mention", mention, StringComparison.Ordinal);
    }
}
