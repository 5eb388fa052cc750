using KosovoBot.Retrieval.Answering;

namespace KosovoBot.Retrieval.Tests.Answering;

public sealed class SummaryIntentTests
{
    [Theory]
    [InlineData("what is this article about?")]
    [InlineData("summarize the news")]
    [InlineData("tl;dr")]
    [InlineData("whats going on")]
    [InlineData("give me the gist")]
    public void IsMatch_GistRequest_ReturnsTrue(string question) => Assert.True(SummaryIntent.IsMatch(question));

    [Theory]
    [InlineData("what is the deadline")]
    [InlineData("what happened in 1999")]
    [InlineData("who wrote the article")]
    public void IsMatch_FactQuestion_ReturnsFalse(string question) => Assert.False(SummaryIntent.IsMatch(question));
}
