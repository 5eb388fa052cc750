using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Analysis;
using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Answering;

public sealed class ShortAnswersTests
{
    private static SentenceView View(Statement statement, params string[] questionTerms)
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Index);
        return SentenceView.Create(statement, analyzer, new HashSet<string>(questionTerms, StringComparer.Ordinal));
    }

    [Fact]
    public void Quantity_NumberWithModifierAndUnit_ReturnsSpan()
    {
        var view = View(StatementFixture.At(2), "docker");

        Assert.Equal("about 1,200 dockers", ShortAnswers.Quantity(view, out _));
    }

    [Fact]
    public void Quantity_OnlyAYearOrAnIdentifier_ReturnsNull()
    {
        var year = View(StatementFixture.At(4), "pai");
        var identifier = View(StatementFixture.At(0) with { Text = "Resolution 1244 provides a platform." }, "platform");

        Assert.Null(ShortAnswers.Quantity(year, out _));
        Assert.Null(ShortAnswers.Quantity(identifier, out _));
    }

    [Fact]
    public void When_DateMention_DescribesDateWithPreposition()
    {
        var view = View(StatementFixture.At(4), "pai");

        Assert.Equal("since 2008", ShortAnswers.When(view, out _));
    }

    [Fact]
    public void When_Weekday_DescribesFullDate()
    {
        var view = View(StatementFixture.At(2), "return");

        Assert.Equal("on Monday, May 17, 2010", ShortAnswers.When(view, out _));
    }

    [Fact]
    public void Where_PlaceAfterPreposition_SkipsPlacesTheQuestionNames()
    {
        var view = View(StatementFixture.At(1), "report");

        Assert.Equal("from Split", ShortAnswers.Where(view, new HashSet<string>(["tws"]), "Split", out _));
        Assert.Null(ShortAnswers.Where(view, new HashSet<string>(["split"]), "Split", out _));
    }

    [Fact]
    public void Names_AdjacentNames_AreGroupedWithTheirNoun()
    {
        var statement = StatementFixture.At(0) with
        {
            Text = "Analysts expect the United States and most European Union countries to recognize an independent Kosovo.",
        };
        var view = View(statement, "recogn");

        var names = ShortAnswers.Names(view, new HashSet<string>(["recognize", "kosovo"]), new HashSet<string>(), exclude: null);

        Assert.Equal("the United States and most European Union countries", names);
    }

    [Fact]
    public void Names_KnownPerson_IsPreferred()
    {
        var view = View(StatementFixture.At(1), "report");

        var names = ShortAnswers.Names(view, new HashSet<string>(["wrote"]), new HashSet<string>(["Lena Maréchal"]), exclude: null);

        Assert.Equal("Lena Maréchal", names);
    }
}
