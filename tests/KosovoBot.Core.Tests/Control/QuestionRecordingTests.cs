using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Testing.Fakes;

namespace KosovoBot.Core.Tests.Control;

public sealed class QuestionRecordingTests : IDisposable
{
    private readonly GovernedBot _bot = new(static question => question.Contains("ferry", StringComparison.OrdinalIgnoreCase)
        ? new Answer { Question = question, Answered = false, Text = "No article mentions the ferry.", Confidence = 0.1, Declined = DeclineReason.UnknownName }
        : TestStatements.AnsweredWithDirectQuote(question));

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task RouteAsync_KeptAnswer_CarriesRecordWithQuestionQuotesAndSnapshot()
    {
        var reply = await _bot.AskAsync("<@U0BOT> when does the bridge reopen?");

        Assert.True(reply.OffersFeedback);
        Assert.False(reply.Shareable);
        Assert.False(reply.IsPrivate);
        var record = await _bot.Records.FindAsync(reply.RecordId!, _bot.Token);
        Assert.NotNull(record);
        Assert.Equal("when does the bridge reopen?", record.Question);
        Assert.True(record.Answered);
        Assert.Equal("On Monday.", record.AnswerText);
        Assert.Equal("snap-1", record.Snapshot);
        Assert.Equal("G1", record.ServerId);
        Assert.Equal(GovernedBot.Start, record.At);
        var quote = Assert.Single(record.Citations);
        Assert.Equal(("wire-harbour-bridge", 2, "Mara Vell"), (quote.SourceId, quote.Paragraph, quote.Speaker));
    }

    [Fact]
    public async Task RouteAsync_KeptDecline_IsRecordedWithItsReasonAndListedAsAGap()
    {
        var reply = await _bot.AskAsync("Does the ferry still run?");

        Assert.Equal(ReplyKind.NoAnswer, reply.Kind);
        Assert.True(reply.OffersFeedback);
        var record = await _bot.Records.FindAsync(reply.RecordId!, _bot.Token);
        Assert.Equal(DeclineReason.UnknownName, record!.Declined);
        var gap = Assert.Single(await _bot.Records.ListGapsAsync(GovernedBot.Start, _bot.Token));
        Assert.Equal("Does the ferry still run?", gap.Question);
    }

    [Fact]
    public async Task RouteAsync_PrivateQuestion_IsPrivateAndShareable()
    {
        var reply = await _bot.AskAsync("When does the bridge reopen?", isPrivate: true);

        Assert.True(reply.IsPrivate);
        Assert.True(reply.Shareable);
        Assert.NotNull(reply.RecordId);
    }

    [Fact]
    public async Task RouteAsync_FeedbackTurnedOff_NoButtonsButStillRecorded()
    {
        await _bot.ManageAsync("feedback off");

        var reply = await _bot.AskAsync("When does the bridge reopen?");

        Assert.False(reply.OffersFeedback);
        Assert.NotNull(await _bot.Records.FindAsync(reply.RecordId!, _bot.Token));
    }

    [Fact]
    public async Task RouteAsync_Console_RecordsWithoutButtons()
    {
        var reply = await _bot.AskAsync("When does the bridge reopen?", ChatOrigin.Console);

        Assert.NotNull(reply.RecordId);
        Assert.False(reply.OffersFeedback);
    }

    [Fact]
    public async Task RouteAsync_NotKept_LeavesNoRecord()
    {
        var reply = await _bot.AskAsync("Does the ferry still run?", record: false);

        Assert.Null(reply.RecordId);
        Assert.False(reply.OffersFeedback);
        Assert.Empty(await _bot.Records.ListGapsAsync(DateTimeOffset.MinValue, _bot.Token));
    }

    [Fact]
    public async Task RouteAsync_EmptyQuestion_IsNotRecorded()
    {
        var reply = await _bot.AskAsync("<@U0BOT>");

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Null(reply.RecordId);
    }
}
