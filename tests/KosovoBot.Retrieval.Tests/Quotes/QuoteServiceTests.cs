using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Tests.Answering;

namespace KosovoBot.Retrieval.Tests.Quotes;

public sealed class QuoteServiceTests : IClassFixture<ArticleFixture>
{
    private readonly ArticleFixture _article;

    public QuoteServiceTests(ArticleFixture article) => _article = article;

    [Theory]
    [InlineData("Appathurai", "James Appathurai", 2)]
    [InlineData("appathurai", "James Appathurai", 2)]
    [InlineData("spokesman", "James Appathurai", 2)]
    [InlineData("Scheffer", "Jaap de Hoop Scheffer", 2)]
    [InlineData("de hoop scheffer", "Jaap de Hoop Scheffer", 2)]
    [InlineData("secretary general", "Jaap de Hoop Scheffer", 2)]
    [InlineData("Secretary-General", "Jaap de Hoop Scheffer", 2)]
    public void Find_Speaker_ReturnsTheirDirectQuotationsOnly(string query, string speaker, int count)
    {
        var result = _article.Harness.Quotes.Find(query);

        Assert.Equal(count, result.Quotes.Count);
        Assert.All(result.Quotes, q =>
        {
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(StatementKind.Direct, q.Kind);
            Assert.Contains("\"" + q.Quote + "\"", _article.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Find_Speaker_ReturnsEachQuotationWholeInArticleOrderWithRole()
    {
        var quotes = _article.Harness.Quotes.Find("Appathurai").Quotes;

        Assert.StartsWith("Allies agree", quotes[0].Quote, StringComparison.Ordinal);
        Assert.EndsWith("in Kosovo,", quotes[0].Quote, StringComparison.Ordinal);
        Assert.StartsWith("Second that they commit", quotes[1].Quote, StringComparison.Ordinal);
        Assert.EndsWith("if necessary, reinforcements.", quotes[1].Quote, StringComparison.Ordinal);
        Assert.All(quotes, static q => Assert.Equal("NATO spokesman", q.Role));
    }

    [Theory]
    [InlineData("reinforcements", "James Appathurai")]
    [InlineData("reinforcement", "James Appathurai")]
    [InlineData("violence", "Jaap de Hoop Scheffer")]
    public void Find_WordInsideQuotation_FindsIt(string query, string speaker)
    {
        var quote = Assert.Single(_article.Harness.Quotes.Find(query).Quotes);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Putin")]
    [InlineData("crackdown")]
    [InlineData("")]
    public void Find_NoMatch_ReturnsEmptyList(string query)
    {
        var result = _article.Harness.Quotes.Find(query);

        Assert.Equal(query, result.Query);
        Assert.Empty(result.Quotes);
    }

    [Theory]
    [InlineData("sch", "Jaap de Hoop Scheffer")]
    [InlineData("App", "James Appathurai")]
    [InlineData("hoop", "Jaap de Hoop Scheffer")]
    public void SuggestSpeakers_Prefix_ReturnsMatchingSpeakers(string prefix, string expected)
    {
        Assert.Equal([expected], _article.Harness.Quotes.SuggestSpeakers(prefix, 5));
    }

    [Fact]
    public void SuggestSpeakers_EmptyPrefix_ReturnsAllUpToMax()
    {
        Assert.Single(_article.Harness.Quotes.SuggestSpeakers(string.Empty, 1));
        Assert.Equal(2, _article.Harness.Quotes.SuggestSpeakers(string.Empty, 5).Count);
    }
}
