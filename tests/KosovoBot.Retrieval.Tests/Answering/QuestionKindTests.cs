using KosovoBot.Core.Answers;
using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Answering;

/// <summary>Each kind of question, asked about an invented article through the answer service's public seam.</summary>
public sealed class QuestionKindTests : IDisposable
{
    private readonly RetrievalHarness _harness = new(RetrievalHarness.Load("invented-observatory"));

    [Fact]
    public async Task YesNo_AnsweredWithTheArticlesWords()
    {
        var answer = await _harness.AskAsync("Is the observatory closing for the winter?");

        Assert.True(answer.Answered);
        Assert.Contains("stay open through the winter", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("The Lakeside Observatory will stay open", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the headline of this story", "Lakeside Observatory to Stay Open Through Winter")]
    [InlineData("when was this article published?", "October 14, 2031")]
    [InlineData("which outlet ran this?", "Mountain Valley News")]
    [InlineData("did the reporter file this story from the capital?", "Karsby")]
    public async Task AboutTheArticle_AnsweredFromItsFrontMatterCitingIt(string question, string expected)
    {
        var answer = await _harness.AskAsync(question);

        Assert.True(answer.Answered);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Equal("lakeside-observatory", answer.Citations[0].Source.Id);
    }

    [Fact]
    public async Task WhoIsQuoted_ListsThePeopleWithTheirRoles()
    {
        var answer = await _harness.AskAsync("who is quoted in the article?");

        Assert.Contains("Petra Hallin", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Anselm Brody", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleOfAPerson_IsTheirRoleCitingTheSentenceThatNamesThem()
    {
        var answer = await _harness.AskAsync("What is Petra Hallin's job?");

        Assert.True(answer.Answered);
        Assert.Contains("director", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Petra Hallin", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoWants_IsTheSubjectOfTheVerbNotAnotherName()
    {
        var answer = await _harness.AskAsync("Who wants more talks?");

        Assert.True(answer.Answered);
        Assert.Contains("amateur astronomy club", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("council", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoDecided_IsTheDoerOfTheVerbAsked()
    {
        var answer = await _harness.AskAsync("who agreed to keep the telescope nights?");

        Assert.Contains("the board", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WhyDoesSomeoneSay_IsTheSpeakersOwnReasonNotTheClaimRestated()
    {
        var answer = await _harness.AskAsync("Why does the council treasurer say it can't keep paying for the heating?");

        Assert.True(answer.Answered);
        Assert.Contains("boilers would swallow half of our culture budget", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal("Anselm Brody", answer.Citations[0].Speaker);
    }

    [Fact]
    public async Task HowMany_AnswersWithTheNumberOfTheThingCounted()
    {
        var answer = await _harness.AskAsync("how many telescope evenings are there a season?");

        Assert.Contains("40 evenings", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how old is petra hallin", DeclineReason.NoNumber)]
    [InlineData("How many volunteers does the observatory have?", DeclineReason.NoNumber)]
    [InlineData("What nationality is Petra Hallin?", DeclineReason.AttributeMissing)]
    [InlineData("What did the mayor of Karsby say about the grant?", DeclineReason.UnknownName)]
    [InlineData("moscow's view on the observatory?", DeclineReason.UnknownName)]
    [InlineData("When was the observatory renovated?", DeclineReason.AttributeMissing)]
    public async Task WhatTheArticleLacks_IsDeclinedWithItsReason(string question, DeclineReason reason)
    {
        var answer = await _harness.AskAsync(question);

        Assert.False(answer.Answered);
        Assert.Equal(reason, answer.Declined);
    }

    [Fact]
    public async Task UnknownWordWhoseThingIsThere_IsAnsweredNotDeclined()
    {
        var answer = await _harness.AskAsync("does the board plan to keep the public telescope nights going?");

        Assert.True(answer.Answered);
        Assert.Contains("40 evenings", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alternatives_AnsweredWithTheOneTheArticleGives()
    {
        var answer = await _harness.AskAsync("will the grant decision come next month or next year?");

        Assert.True(answer.Answered);
        Assert.Contains("next month", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task When_WithoutACalendarDate_AnsweredWithTheTimePhrase()
    {
        var answer = await _harness.AskAsync("When will the council decide on the grant?");

        Assert.True(answer.Answered);
        Assert.Contains("next month", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Duration_AnsweredWithSince()
    {
        var answer = await _harness.AskAsync("how long have volunteers carried the observatory?");

        Assert.True(answer.Answered);
        Assert.Contains("2004", answer.Text, StringComparison.Ordinal);
        Assert.Equal("Petra Hallin", answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("how mny telescope evenings r there a season")]
    [InlineData("how many telescope evenings does it hav a season")]
    public async Task TyposOfCommonWords_StillAnswer(string question)
    {
        var answer = await _harness.AskAsync(question);

        Assert.True(answer.Answered);
        Assert.Contains("40 evenings", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongChattyQuestion_AnsweredFromItsInformativeWords()
    {
        var answer = await _harness.AskAsync(
            "hi!! so my neighbour keeps telling everyone at the bakery that the place up by the lake is shutting down "
            + "for good and honestly I'm not sure I believe her, could you tell me whether the observatory is actually "
            + "staying open over the winter or not, thanks a lot, have a lovely evening");

        Assert.True(answer.Answered);
        Assert.Contains("stay open through the winter", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeQuestion_IsAnsweredOrDeclinedWithoutAnError()
    {
        var words = _harness.Provider.Current.Documents[0].Paragraphs.SelectMany(static p => p.Split(' ')).ToArray();
        var question = string.Join(' ', Enumerable.Range(0, 3000).Select(i => words[i % words.Length]));

        var answer = await _harness.AskAsync(question);

        Assert.NotNull(answer.Text);
        Assert.NotEqual(DeclineReason.Error, answer.Declined);
    }

    [Fact]
    public async Task Answer_CarriesTheCandidatesOfItsOneSearch()
    {
        var answer = await _harness.AskAsync("Who wants more talks?");

        Assert.NotEmpty(answer.Candidates);
        Assert.Contains(answer.Candidates, c => c.Statement.Id == answer.Citations[0].Statement.Id);
    }

    public void Dispose() => _harness.Dispose();
}
