using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Tests.Search;

public sealed class QuestionDateParserTests
{
    [Theory]
    [InlineData("what's happening on december 10th", "md12-10")]
    [InlineData("anything on 10 Dec?", "md12-10")]
    [InlineData("What happens on Monday?", "dow1")]
    [InlineData("since 1999?", "y1999")]
    [InlineData("news from late January", "mp01-late")]
    [InlineData("What happened on December 10, 2007?", "ymd2007-12-10")]
    [InlineData("plans for 2007-12-10", "ymd2007-12-10")]
    [InlineData("anything in January 2008", "ym2008-01")]
    public void Parse_DateExpression_GivesToken(string question, string token)
    {
        var dates = QuestionDateParser.Parse(question);

        Assert.Contains(token, Assert.Single(dates).Tokens);
    }

    [Theory]
    [InlineData("May I ask who the spokesman is?")]
    [InlineData("how many troops are there")]
    [InlineData("what did resolution 1244 say")]
    public void Parse_NoDate_ReturnsEmpty(string question)
    {
        Assert.Empty(QuestionDateParser.Parse(question));
    }
}
