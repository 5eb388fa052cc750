using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Analysis;
using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Answering;

public sealed class ClauseAnswersTests
{
    private static SentenceView View(string text, params string[] questionTerms)
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Index);
        var statement = StatementFixture.At(0) with { Text = text, Dates = [] };
        return SentenceView.Create(statement, analyzer, new HashSet<string>(questionTerms, StringComparer.Ordinal));
    }

    [Fact]
    public void Clause_ShortSentence_ReturnsWholeSentenceWithoutLeadingHowever()
    {
        var view = View("However, the union says the time has come to settle.", "settl");

        Assert.Equal("the union says the time has come to settle.", ClauseAnswers.Clause(view, QuestionType.What, 30));
    }

    [Fact]
    public void Clause_LongReportedSentence_ReturnsReportedContent()
    {
        var view = View(
            "Union leader Ivo Baric of the national dockers federation told reporters that about 1,200 dockers would return to their work at the port of Split on Monday morning.",
            "docker");

        Assert.Equal(
            "about 1,200 dockers would return to their work at the port of Split on Monday morning.",
            ClauseAnswers.Clause(view, QuestionType.What, 20));
    }

    [Fact]
    public void Clause_LongSentence_ReturnsPartWithMostQuestionWords()
    {
        var view = View(
            "The port said it would keep two cranes on standby for the rest of the week, amid fears that plans by rival unions to walk out will spark new delays in the harbour.",
            "fear", "plan", "union");

        Assert.StartsWith("amid fears that plans by rival unions", ClauseAnswers.Clause(view, QuestionType.What, 25), StringComparison.Ordinal);
    }

    [Fact]
    public void Clause_WhyQuestion_ReturnsPurposePart()
    {
        var view = View("The union asked members to wait until June, to give the port time to hire crews.", "wait");

        Assert.Equal("to give the port time to hire crews", ClauseAnswers.Clause(view, QuestionType.Why, 30));
    }
}
