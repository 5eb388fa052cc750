using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Answering;

public sealed class SecondArticleTests : IDisposable
{
    private readonly RetrievalHarness _harness = new(RetrievalHarness.Load("two-articles"));

    [Fact]
    public async Task AnswerAsync_QuestionAboutSecondArticle_CitesItWithItsSource()
    {
        var answer = await _harness.AskAsync("how much did the bridge repairs cost?");

        Assert.True(answer.Answered);
        Assert.Contains("4.2 million euros", answer.Text, StringComparison.Ordinal);
        var first = answer.Citations[0];
        Assert.Equal("hwr-drina-bridge-reopens", first.Source.Id);
        Assert.Equal("HWR", first.Source.Outlet);
        Assert.Equal("Mirela Kovač", first.Source.Author);
    }

    [Fact]
    public async Task AnswerAsync_QuestionAboutFirstArticle_StillCitesFirst()
    {
        var answer = await _harness.AskAsync("How many troops are in KFOR?");

        Assert.Equal("voa-nato-to-stay-in-kosovo", answer.Citations[0].Source.Id);
    }

    [Fact]
    public async Task AnswerAsync_WhoWroteBridgeStory_NamesItsAuthor()
    {
        var answer = await _harness.AskAsync("who wrote the story about the drina bridge");

        Assert.Contains("Mirela Kovač", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Simic")]
    [InlineData("šimić")]
    [InlineData("town engineer")]
    [InlineData("lorries")]
    public void Find_SecondArticleSpeaker_QuotesAndAttributes(string query)
    {
        var quotes = _harness.Quotes.Find(query).Quotes;

        Assert.NotEmpty(quotes);
        Assert.All(quotes, static q =>
        {
            Assert.Equal("Dragan Šimić", q.Speaker);
            Assert.Equal("hwr-drina-bridge-reopens", q.Source.Id);
        });
    }

    [Fact]
    public void Sources_TwoArticles_NewestFirst()
    {
        Assert.Equal(["hwr-drina-bridge-reopens", "voa-nato-to-stay-in-kosovo"], _harness.Sources.Sources.Select(static s => s.Id));
    }

    [Fact]
    public void GetTimeline_TwoArticles_AsOfNewestArticle()
    {
        var timeline = _harness.Timeline.GetTimeline();

        Assert.Equal(new DateOnly(2009, 3, 20), timeline.AsOf);
        Assert.Contains(timeline.Items, static i => i.Date.ToIsoString() == "2009-04-02" && i.Evidence.Source.Id == "hwr-drina-bridge-reopens");
    }

    public void Dispose() => _harness.Dispose();
}
