using KosovoBot.Core.Answers;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Knowledge;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Core.Tests.Conversations;

public sealed class ConversationAnswererTests
{
    private static readonly Statement FerryWinter = Turns.Said(
        "The ferry will keep running until late January, harbour master Ines Kolar said.",
        "Ines Kolar",
        "harbour master",
        new DateMention("late January", ResolvedDate.OfPartOfMonth(2021, 1, MonthPart.Late)));

    private static readonly Statement FerryPrices = Turns.Said(
        "Kolar said ticket prices would not change this year.", "Ines Kolar", "harbour master");

    private static readonly Statement Regatta = Turns.Said(
        "The regatta on December 12 will close the inner harbour.",
        null,
        null,
        new DateMention("December 12", ResolvedDate.OfDay(new DateOnly(2020, 12, 12))));

    // Published Friday, March 6, 2020: "on Monday" is March 2, "in three weeks" March 27.
    private static readonly Statement CrewsWarning = Turns.Said(
        "Harbour master Ines Kolar said on Monday that the crews could strike again in three weeks.",
        "Ines Kolar",
        "harbour master",
        new DateMention("Monday", ResolvedDate.OfDay(new DateOnly(2020, 3, 2))),
        new DateMention("in three weeks", ResolvedDate.OfDay(new DateOnly(2020, 3, 27))));

    private readonly FakeTimeProvider _time = new();
    // The ferry answer for any question; the regatta's sentence for "When is the regatta?"; two of the harbour
    // master's sentences for "What did Ines Kolar say?".
    private readonly FakeAnswerService _answers = new(static question => new Answer
    {
        Question = question,
        Answered = true,
        Text = "Until late January.",
        Confidence = 0.7,
        Citations = question switch
        {
            "When is the regatta?" => [Citation.Of(Regatta)],
            "What did Ines Kolar say?" => [Citation.Of(FerryWinter), Citation.Of(FerryPrices)],
            _ => [Citation.Of(FerryWinter)],
        },
    });

    [Fact]
    public async Task AnswerAsync_FollowUp_AnswersTheStandaloneQuestionAndSaysHowItWasRead()
    {
        var answerer = Create();

        var first = await answerer.AnswerAsync("c1", "Will the ferry keep running in winter?", CancellationToken.None);
        var second = await answerer.AnswerAsync("c1", "why?", CancellationToken.None);

        Assert.Null(first.UnderstoodAs);
        Assert.Equal("Why will the ferry keep running in winter?", second.UnderstoodAs);
        Assert.Equal(["Will the ferry keep running in winter?", "Why will the ferry keep running in winter?"], _answers.Questions);
        Assert.Equal("why?", second.Answer.Question);
    }

    [Fact]
    public async Task AnswerAsync_QuestionReadWithContext_AnswersWithTheContextButShowsWhatItFollows()
    {
        var answerer = Create();

        await answerer.AnswerAsync("c1", "Will the ferry keep running in winter?", CancellationToken.None);
        var second = await answerer.AnswerAsync("c1", "What is the fare of the ferry?", CancellationToken.None);
        var third = await answerer.AnswerAsync("c1", "Who runs the ferry?", CancellationToken.None);

        Assert.Equal("What is the fare of the ferry? (context: Will the ferry keep running in winter? Until late January.)", second.UnderstoodAs);
        Assert.Equal("What is the fare of the ferry? (following \"Will the ferry keep running in winter?\")", second.Reading);
        Assert.Equal(second.UnderstoodAs, _answers.Questions.ElementAt(1));
        Assert.Equal("Who runs the ferry? (following \"What is the fare of the ferry?\")", third.Reading);
    }

    [Fact]
    public async Task AnswerAsync_WhenAfterTwoTurns_AsksTheLastQuestionWithoutTheContextOfTheTurnBefore()
    {
        var answerer = Create();

        await answerer.AnswerAsync("c1", "What will the harbour master close?", CancellationToken.None);
        var second = await answerer.AnswerAsync("c1", "what will the harbour master build?", CancellationToken.None);
        var third = await answerer.AnswerAsync("c1", "when?", CancellationToken.None);

        Assert.StartsWith("what will the harbour master build? (context: What will the harbour master close?", second.UnderstoodAs, StringComparison.Ordinal);
        Assert.Equal("When will the harbour master build?", third.UnderstoodAs);
        Assert.Equal("When will the harbour master build?", _answers.Questions.Last());
    }

    [Fact]
    public async Task AnswerAsync_WhenAfterAHowManyQuestion_AsksWhenTheCountedThingsWereThere()
    {
        var answerer = Create();

        await answerer.AnswerAsync("c1", "How many ferries were waiting at the quay?", CancellationToken.None);
        var second = await answerer.AnswerAsync("c1", "when?", CancellationToken.None);

        Assert.Equal("When were ferries waiting at the quay?", second.UnderstoodAs);
        Assert.Equal("When were ferries waiting at the quay?", _answers.Questions.Last());
    }

    [Fact]
    public async Task AnswerAsync_TwoConversations_NeverSeeEachOthersTurns()
    {
        var answerer = Create();

        await answerer.AnswerAsync("thread-a", "Will the ferry keep running in winter?", CancellationToken.None);
        await answerer.AnswerAsync("thread-b", "Did the council close the old pier?", CancellationToken.None);
        var a = await answerer.AnswerAsync("thread-a", "why?", CancellationToken.None);
        var b = await answerer.AnswerAsync("thread-b", "why?", CancellationToken.None);
        var c = await answerer.AnswerAsync("thread-c", "why?", CancellationToken.None);

        Assert.Equal("Why will the ferry keep running in winter?", a.UnderstoodAs);
        Assert.Equal("Why did the council close the old pier?", b.UnderstoodAs);
        Assert.Null(c.UnderstoodAs);
    }

    [Fact]
    public async Task AnswerAsync_WithoutAConversation_AnswersAloneAndRemembersNothing()
    {
        var answerer = Create();

        await answerer.AnswerAsync(null, "Will the ferry keep running in winter?", CancellationToken.None);
        var followUp = await answerer.AnswerAsync(null, "why?", CancellationToken.None);

        Assert.Null(followUp.UnderstoodAs);
        Assert.Equal("why?", _answers.Questions.Last());
    }

    [Fact]
    public async Task AnswerAsync_AfterTheTtl_TheConversationIsForgotten()
    {
        var answerer = Create(new ConversationOptions { Ttl = TimeSpan.FromMinutes(30) });

        await answerer.AnswerAsync("c1", "Will the ferry keep running in winter?", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(29));
        var inTime = await answerer.AnswerAsync("c1", "why?", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(31));
        var late = await answerer.AnswerAsync("c1", "when?", CancellationToken.None);

        Assert.NotNull(inTime.UnderstoodAs);
        Assert.Null(late.UnderstoodAs);
    }

    [Fact]
    public async Task AnswerAsync_WhoSaidThat_NamesThePreviousQuotesSpeakerAndCitesItVerbatim()
    {
        var answerer = Create();

        await answerer.AnswerAsync("c1", "How long will the ferry run?", CancellationToken.None);
        var who = await answerer.AnswerAsync("c1", "who said that?", CancellationToken.None);
        var guess = await answerer.AnswerAsync("c1", "was that the mayor?", CancellationToken.None);

        Assert.Equal("Ines Kolar, harbour master.", who.Answer.Text);
        Assert.Same(FerryWinter, Assert.Single(who.Answer.Citations).Statement);
        Assert.Equal(FerryWinter.Text, who.Answer.Citations[0].Quote);
        Assert.Equal("No: it was Ines Kolar, harbour master.", guess.Answer.Text);
        Assert.Single(_answers.Questions);
    }

    [Fact]
    public async Task AnswerAsync_BeforeOrAfter_ComparesThePreviousAnswersDateWithTheNamedOne()
    {
        var answerer = Create();

        await answerer.AnswerAsync("c1", "How long will the ferry run?", CancellationToken.None);
        var compared = await answerer.AnswerAsync("c1", "is that before or after the regatta?", CancellationToken.None);

        Assert.True(compared.Answer.Answered);
        Assert.Equal("After: late January 2021 is after Saturday, December 12, 2020.", compared.Answer.Text);
        Assert.Equal([FerryWinter, Regatta], compared.Answer.Citations.Select(c => c.Statement));
        Assert.Equal("Is that (until late January) before or after the regatta?", compared.UnderstoodAs);
    }

    [Fact]
    public async Task AnswerAsync_WhatElseDidSheSay_QuotesAnotherStatementOfTheSameSpeaker()
    {
        var answerer = Create();

        await answerer.AnswerAsync("c1", "How long will the ferry run?", CancellationToken.None);
        var more = await answerer.AnswerAsync("c1", "what else did she say?", CancellationToken.None);

        Assert.True(more.Answer.Answered);
        Assert.Same(FerryPrices, Assert.Single(more.Answer.Citations).Statement);
    }

    [Theory]
    [InlineData("when could that happen?", "In three weeks (Friday, March 27, 2020).")]
    [InlineData("when will it happen?", "In three weeks (Friday, March 27, 2020).")]
    [InlineData("when was that?", "On Monday, March 2, 2020.")]
    [InlineData("how long ago was that?", "On Monday, March 2, 2020: 4 days before the article (March 6, 2020).")]
    [InlineData("has that happened yet?", "In three weeks (Friday, March 27, 2020): still ahead as of the article (March 6, 2020); it says nothing later.")]
    public async Task AnswerAsync_WhenWasThat_AnswersWithTheQuotesDateOnTheSideOfTimeAsked(string question, string expected)
    {
        var answers = new FakeAnswerService(static q => new Answer
        {
            Question = q,
            Answered = true,
            Text = "The crews could strike again in three weeks.",
            Confidence = 0.7,
            Citations = [Citation.Of(CrewsWarning)],
        });
        var answerer = new ConversationAnswerer(answers, new InMemoryConversationStore(Options.Create(new ConversationOptions()), _time), _time);

        await answerer.AnswerAsync("c1", "What did the harbour master warn?", CancellationToken.None);
        var when = await answerer.AnswerAsync("c1", question, CancellationToken.None);

        Assert.True(when.Answer.Answered);
        Assert.Equal(expected, when.Answer.Text);
        Assert.Same(CrewsWarning, Assert.Single(when.Answer.Citations).Statement);
        Assert.Contains(": \"Harbour master Ines Kolar said on Monday", when.UnderstoodAs, StringComparison.Ordinal);
        Assert.Single(answers.Questions);
    }

    [Fact]
    public async Task AnswerAsync_WhenDidSheSayThat_OfAnUndatedQuote_GivesTheArticlesDay()
    {
        var answers = new FakeAnswerService(static q => new Answer
        {
            Question = q,
            Answered = true,
            Text = "Ticket prices would not change this year.",
            Confidence = 0.7,
            Citations = [Citation.Of(FerryPrices)],
        });
        var answerer = new ConversationAnswerer(answers, new InMemoryConversationStore(Options.Create(new ConversationOptions()), _time), _time);

        await answerer.AnswerAsync("c1", "Will ticket prices change?", CancellationToken.None);
        var when = await answerer.AnswerAsync("c1", "when did she say that?", CancellationToken.None);

        Assert.Equal("The article gives no day for it; it was published on Friday, March 6, 2020.", when.Answer.Text);
        Assert.Same(FerryPrices, Assert.Single(when.Answer.Citations).Statement);
    }

    [Fact]
    public async Task AnswerAsync_KeepsOnlyTheLastMaxTurns()
    {
        var store = new InMemoryConversationStore(Options.Create(new ConversationOptions { MaxTurns = 2 }), _time);
        var answerer = new ConversationAnswerer(_answers, store, _time);

        foreach (var question in new[] { "Will the ferry run?", "Will the pier open?", "Will the bridge close?" })
        {
            await answerer.AnswerAsync("c1", question, CancellationToken.None);
        }

        var turns = await store.GetAsync("c1", CancellationToken.None);
        Assert.Equal(["Will the pier open?", "Will the bridge close?"], turns.Select(t => t.Question));
    }

    private ConversationAnswerer Create(ConversationOptions? options = null) =>
        new(_answers, new InMemoryConversationStore(Options.Create(options ?? new ConversationOptions()), _time), _time);
}
