using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Answering;

/// <summary>
/// Questions about what is planned, what happened and how long, on an invented report (published Wednesday
/// 2031-05-14) that has the same words in a sentence about what is ahead and one about an earlier year.
/// </summary>
public sealed class TimeAgreementTests : IDisposable
{
    private readonly RetrievalHarness _harness = new(RetrievalHarness.Load("invented-tense"));

    [Theory]
    [InlineData("How long is the walkout meant to last?")]
    [InlineData("how long will the walkout last")]
    public async Task HowLong_OfWhatIsPlanned_AnswersWithTheEndAheadNotTheEarlierWalkout(string question)
    {
        var answer = await _harness.AskAsync(question);

        Assert.True(answer.Answered);
        Assert.Contains("Saturday, May 17, 2031", answer.Text, StringComparison.Ordinal);
        Assert.Contains("would last until Saturday", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowLong_OfAPastEvent_AnswersWithItsLengthNotItsYear()
    {
        var answer = await _harness.AskAsync("How long did the 2027 walkout last?");

        Assert.True(answer.Answered);
        Assert.Equal("Six days.", answer.Text);
        Assert.Contains("in 2027, lasted six days", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowLong_OfAWait_AnswersWithTheLength()
    {
        var answer = await _harness.AskAsync("How long have members waited for a reply from the council?");

        Assert.True(answer.Answered);
        Assert.Equal("Nine months.", answer.Text);
    }

    [Fact]
    public async Task When_WillSomethingHappen_TakesTheDateAheadNotTheDayItWasSaid()
    {
        var answer = await _harness.AskAsync("When will the council look again at the cuts?");

        Assert.True(answer.Answered);
        Assert.Contains("late next year", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Tuesday", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_DidSomeoneSaySomething_TakesTheDayItWasSaid()
    {
        var answer = await _harness.AskAsync("When did Ruth Calloway say the council would not reverse the cuts?");

        Assert.True(answer.Answered);
        Assert.Contains("Tuesday, May 13, 2031", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionNamingAnotherYear_IsNotAnsweredFromAStatementOfThisYear()
    {
        var answer = await _harness.AskAsync("What did Ruth Calloway say about the 2027 walkout?");

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("How long is the walkout meant to last?", "Ahead")]
    [InlineData("when will the council decide", "Ahead")]
    [InlineData("Is the library still closed?", "Ahead")]
    [InlineData("Who wants the council to restore the hours?", "Ahead")]
    [InlineData("When did the librarians stop work?", "Past")]
    [InlineData("how long did the last walkout last", "Past")]
    [InlineData("Who closed the reading rooms?", "Past")]
    [InlineData("What did the deputy mayor say?", "Unmarked")]
    [InlineData("did the chair mention the visitors?", "Unmarked")]
    [InlineData("When did the chair say members would strike?", "Past")]
    [InlineData("Why are the librarians angry?", "Unmarked")]
    [InlineData("When will they review it? (context: What did the mayor say? On Tuesday.)", "Ahead")]
    public void QuestionTime_ReadsWhichWayTheQuestionPoints(string question, string expected) =>
        Assert.Equal(expected, QuestionTime.Read(question).ToString());

    [Theory]
    [InlineData(0, "Past")] // "stopped work on Monday"
    [InlineData(2, "Past")] // "in 2027, lasted six days"
    [InlineData(3, "Unmarked")] // "said on Tuesday ... would review ... late next year"
    public void Direction_OfAStatement_ComesFromItsDatesAndVerbsNotItsReportingVerb(int ordinal, string expected)
    {
        var statement = _harness.Provider.Current.Statements.Single(s => s.Ordinal == ordinal);

        Assert.Equal(expected, TimeAgreement.Direction(statement).ToString());
    }

    public void Dispose() => _harness.Dispose();
}
