using KosovoBot.Core.Conversations;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Core.Tests.Conversations;

public sealed class FollowUpRewriterTests
{
    private static readonly ConversationTurn FerryYesNo = Turns.Of(
        "Will the ferry keep running in winter?",
        "Yes, on a reduced timetable.",
        Turns.Said("The ferry will keep running through the winter on a reduced timetable, harbour master Ines Kolar said.", "Ines Kolar", "harbour master"));

    [Fact]
    public void Resolve_WithoutHistory_StandsAlone()
    {
        var followUp = FollowUpRewriter.Resolve("why?", []);

        Assert.Equal(FollowUpKind.Standalone, followUp.Kind);
        Assert.Equal("why?", followUp.Question);
    }

    [Fact]
    public void Resolve_LongQuestion_StandsAloneEvenWithAPronoun()
    {
        var question = "what did he say " + string.Join(' ', Enumerable.Repeat("about the harbour", 40)) + "?";

        Assert.Equal(FollowUpKind.Standalone, FollowUpRewriter.Resolve(question, [FerryYesNo]).Kind);
    }

    [Theory]
    [InlineData("why?", "Why will the ferry keep running in winter?")]
    [InlineData("Why then?", "Why will the ferry keep running in winter?")]
    [InlineData("when was that?", "When will the ferry keep running in winter?")]
    [InlineData("how so?", "How will the ferry keep running in winter?")]
    public void Resolve_BareQuestionWordAfterYesNoQuestion_AsksThePreviousQuestionWithTheNewWord(string question, string expected)
    {
        var followUp = FollowUpRewriter.Resolve(question, [FerryYesNo]);

        Assert.Equal(FollowUpKind.Rewritten, followUp.Kind);
        Assert.Equal(expected, followUp.Question);
    }

    [Theory]
    [InlineData("when?", "When did the mayor promise the fishermen a new pier?")]
    [InlineData("what date was that?", "What date did the mayor promise the fishermen a new pier?")]
    public void Resolve_BareQuestionWordAfterWhQuestion_SwapsTheQuestionWord(string question, string expected)
    {
        var previous = Turns.Of("What did the mayor promise the fishermen a new pier?", "A new pier.");

        Assert.Equal(expected, FollowUpRewriter.Resolve(question, [previous]).Question);
    }

    [Theory]
    [InlineData("when?", "When were trawlers moored at the quay?")]
    [InlineData("why?", "Why were trawlers moored at the quay?")]
    [InlineData("since when?", "Since when were trawlers moored at the quay?")]
    public void Resolve_BareQuestionWordAfterAHowManyQuestion_AsksAboutTheCountedThing(string question, string expected)
    {
        var previous = Turns.Of("How many trawlers were moored at the quay?", "Twelve trawlers.");

        var followUp = FollowUpRewriter.Resolve(question, [previous]);

        Assert.Equal(FollowUpKind.Rewritten, followUp.Kind);
        Assert.Equal(expected, followUp.Question);
    }

    [Theory]
    [InlineData("when could that happen?", "When could that happen")]
    [InlineData("what day was that?", "What day was that")]
    [InlineData("how long ago was it?", "How long ago was it")]
    [InlineData("when did he say that?", "When did he say that")]
    public void Resolve_WhenWasThatAfterADatedQuote_AsksForTheQuotesDate(string question, string asked)
    {
        var previous = Turns.Of(
            "What did the harbour master warn?",
            "The crews could strike again in three weeks.",
            Turns.Said(
                "The crews could strike again in three weeks, harbour master Ines Kolar said.",
                "Ines Kolar",
                "harbour master",
                new DateMention("in three weeks", ResolvedDate.OfDay(new DateOnly(2020, 3, 27)))));

        var followUp = FollowUpRewriter.Resolve(question, [previous]);

        Assert.Equal(FollowUpKind.WhenWasThat, followUp.Kind);
        Assert.Equal($"{asked}: \"The crews could strike again in three weeks, harbour master Ines Kolar ...\"?", followUp.Question);
        Assert.Same(previous, followUp.Previous);
    }

    [Fact]
    public void Resolve_IsThatOverAfterAnUndatedQuote_IsReadInContextNotAsAGuessAtTheSpeaker()
    {
        var followUp = FollowUpRewriter.Resolve("is that over?", [FerryYesNo]);

        Assert.Equal(FollowUpKind.Rewritten, followUp.Kind);
        Assert.Equal("is that over? (context: Will the ferry keep running in winter? Yes, on a reduced timetable.)", followUp.Question);
    }

    [Fact]
    public void Resolve_ThatBeforeTheLastWord_IsTheSubjectOfThatVerbNotANoun()
    {
        var previous = Turns.Of("How many berths does the marina have?", "Forty berths.");

        Assert.Equal("will forty berths change?", FollowUpRewriter.Resolve("will that change?", [previous]).Question);
        Assert.Equal("can the number change?", FollowUpRewriter.Resolve("can that number change?", [previous]).Question);
    }

    [Fact]
    public void Resolve_ThatAfterADeclinedTurn_IsWhatWasLastAnswered()
    {
        var answered = Turns.Of("How many berths does the marina have?", "Forty berths.");
        var declined = Turns.Of("since when?", "My articles don't cover that.", answered: false);

        Assert.Equal("will forty berths change?", FollowUpRewriter.Resolve("will that change?", [answered, declined]).Question);
    }

    [Fact]
    public void Resolve_BareQuestionWordAfterATurnReadInContext_LeavesThatContextBehind()
    {
        var first = Turns.Of("What will the harbour master close?", "The inner harbour.");
        var second = Turns.Of("what will the harbour master build?", "A slipway.") with
        {
            Standalone = "what will the harbour master build? (context: What will the harbour master close? The inner harbour.)",
            Kind = FollowUpKind.Rewritten,
        };

        var followUp = FollowUpRewriter.Resolve("when?", [first, second]);

        Assert.Equal("When will the harbour master build?", followUp.Question);
    }

    [Theory]
    [InlineData("against whom?", "Against whom? (context: Who did the council fine? Two trawler owners.)")]
    [InlineData("for which harbour?", "For which harbour? (context: Who did the council fine? Two trawler owners.)")]
    public void Resolve_PrepositionAndQuestionWord_AsksWithThePreviousQuestionAndAnswer(string question, string expected)
    {
        var previous = Turns.Of("Who did the council fine?", "Two trawler owners.");

        Assert.Equal(expected, FollowUpRewriter.Resolve(question, [previous]).Question);
    }

    [Fact]
    public void Resolve_AndWithANameOnly_SwapsTheNameIntoThePreviousQuestion()
    {
        var previous = Turns.Of("What does the council expect the Navy to do about the harbour?", "Dredge it.");

        var followUp = FollowUpRewriter.Resolve("and the Port Authority?", [previous]);

        Assert.Equal(FollowUpKind.Rewritten, followUp.Kind);
        Assert.Equal("What does the council expect the Port Authority to do about the harbour?", followUp.Question);
    }

    [Fact]
    public void Resolve_EllipsisAfterAWhoSaidThatTurn_SwapsIntoTheLastQuestionAskedInWords()
    {
        var asked = Turns.Of("How many boats does the Navy keep in the harbour?", "Twelve boats.");
        var whoSaid = Turns.Of("who said that?", "Ines Kolar, harbour master.") with
        {
            Standalone = "Who said this: \"The Navy keeps twelve boats\"?",
            Kind = FollowUpKind.WhoSaidIt,
        };

        var followUp = FollowUpRewriter.Resolve("and the Coast Guard?", [asked, whoSaid]);

        Assert.Equal("How many boats does the Coast Guard keep in the harbour?", followUp.Question);
    }

    [Fact]
    public void Resolve_AndWithAWholeNewQuestion_StandsAlone()
    {
        var followUp = FollowUpRewriter.Resolve("and what did the ferry company say about prices?", [FerryYesNo]);

        Assert.Equal(FollowUpKind.Standalone, followUp.Kind);
        Assert.Equal("what did the ferry company say about prices?", followUp.Question);
    }

    [Fact]
    public void Resolve_HeAfterAWhoQuestionAnsweredWithAName_BecomesThatName()
    {
        var previous = Turns.Of("who wrote the harbour report?", "Tom Field.", Turns.Said("Tom Field wrote the report from Portville.", null));

        var followUp = FollowUpRewriter.Resolve("where was he?", [previous]);

        Assert.Equal(FollowUpKind.Rewritten, followUp.Kind);
        Assert.Equal("where was Tom Field?", followUp.Question);
    }

    [Fact]
    public void Resolve_HisAfterAQuote_BecomesTheSpeaker()
    {
        var followUp = FollowUpRewriter.Resolve("what was his first promise?", [Turns.Of(
            "What did the mayor promise?",
            "A new pier.",
            Turns.Said("Mayor Aldo Brunner promised a new pier.", "Aldo Brunner", "mayor"))]);

        Assert.Equal("what was Aldo Brunner's first promise?", followUp.Question);
    }

    [Fact]
    public void Resolve_ThemAfterAQuestionAboutAGroup_BecomesTheGroup()
    {
        var previous = Turns.Of("what do the dock workers plan to do?", "Strike on Friday.");

        var followUp = FollowUpRewriter.Resolve("who wants them to stop?", [previous]);

        Assert.Equal("who wants the dock workers to stop?", followUp.Question);
    }

    [Fact]
    public void Resolve_ThatAsAnObject_BecomesThePreviousShortAnswer()
    {
        var previous = Turns.Of("What will the dock workers do on Friday?", "Strike.");

        var followUp = FollowUpRewriter.Resolve("what would that mean for the fishermen?", [previous]);

        Assert.Equal("what would strike mean for the fishermen?", followUp.Question);
    }

    [Fact]
    public void Resolve_ThatWithANoun_BecomesTheNoun()
    {
        var previous = Turns.Of("How many boats use the harbour?", "About 300 boats.");

        var followUp = FollowUpRewriter.Resolve("can that number grow?", [previous]);

        Assert.Equal("can the number grow?", followUp.Question);
    }

    [Fact]
    public void Resolve_NounThenQuestionWord_AsksAboutTheNounInContext()
    {
        var followUp = FollowUpRewriter.Resolve("delays where?", [FerryYesNo]);

        Assert.Equal("Where are the delays? (context: Will the ferry keep running in winter? Yes, on a reduced timetable.)", followUp.Question);
    }

    [Theory]
    [InlineData("who said that?", "said")]
    [InlineData("so who claimed this?", "claimed")]
    [InlineData("who expects that?", "expects")]
    public void Resolve_WhoSaidThat_AsksForThePreviousQuotesSpeaker(string question, string verb)
    {
        var followUp = FollowUpRewriter.Resolve(question, [FerryYesNo]);

        Assert.Equal(FollowUpKind.WhoSaidIt, followUp.Kind);
        Assert.StartsWith($"Who {verb} this: \"The ferry will keep running", followUp.Question, StringComparison.Ordinal);
        Assert.Same(FerryYesNo, followUp.Previous);
        Assert.Null(followUp.Subject);
    }

    [Fact]
    public void Resolve_WasThatSomeone_ChecksTheGuess()
    {
        var followUp = FollowUpRewriter.Resolve("was that the harbour master?", [FerryYesNo]);

        Assert.Equal(FollowUpKind.WhoSaidIt, followUp.Kind);
        Assert.Equal("the harbour master", followUp.Subject);
    }

    [Theory]
    [InlineData("what's her name?")]
    [InlineData("who is she?")]
    public void Resolve_WhatIsHerName_AsksWhoThePreviousSpeakerIs(string question)
    {
        var followUp = FollowUpRewriter.Resolve(question, [FerryYesNo]);

        Assert.Equal(FollowUpKind.WhoIsThat, followUp.Kind);
        Assert.Equal("Ines Kolar", followUp.Subject);
        Assert.Equal("Who is Ines Kolar?", followUp.Question);
    }

    [Fact]
    public void Resolve_WhatElseDidSheSay_AsksForMoreFromTheSpeaker()
    {
        var followUp = FollowUpRewriter.Resolve("what else did she say?", [FerryYesNo]);

        Assert.Equal(FollowUpKind.MoreFromSpeaker, followUp.Kind);
        Assert.Equal("Ines Kolar", followUp.Subject);
    }

    [Theory]
    [InlineData("is that before or after the regatta?", "the regatta")]
    [InlineData("was it earlier than the vote on the pier?", "the vote on the pier")]
    public void Resolve_BeforeOrAfter_ComparesWithTheNamedEvent(string question, string target)
    {
        var followUp = FollowUpRewriter.Resolve(question, [FerryYesNo]);

        Assert.Equal(FollowUpKind.Comparison, followUp.Kind);
        Assert.Equal(target, followUp.Subject);
    }

    [Fact]
    public void Resolve_NewQuestionWithItsOwnWords_StandsAlone()
    {
        var followUp = FollowUpRewriter.Resolve("how many fishermen live in Portville?", [FerryYesNo]);

        Assert.Equal(FollowUpKind.Standalone, followUp.Kind);
    }

    [Fact]
    public void Resolve_ShortQuestionWhoseWordsOnlyAppearInsideLongerWords_StandsAlone()
    {
        // "ran" is inside "harbour-crane" and "ranking" but is not a word of the previous turn.
        var previous = Turns.Of("Which harbour-crane ranking came first?", "The ranking of Portville.");

        Assert.Equal(FollowUpKind.Standalone, FollowUpRewriter.Resolve("who ran?", [previous]).Kind);
    }

    [Fact]
    public void Resolve_ShortQuestionAboutThePreviousTurnsWords_AddsThePreviousTurnAsContext()
    {
        var followUp = FollowUpRewriter.Resolve("who runs the ferry?", [FerryYesNo]);

        Assert.Equal(FollowUpKind.Rewritten, followUp.Kind);
        Assert.Equal("who runs the ferry? (context: Will the ferry keep running in winter? Yes, on a reduced timetable.)", followUp.Question);
    }
}
