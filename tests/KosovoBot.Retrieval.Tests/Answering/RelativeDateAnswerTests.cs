using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Answering;

/// <summary>A when-question answered from a relative phrase keeps the article's words and the date they resolve to.</summary>
public sealed class RelativeDateAnswerTests : IDisposable
{
    private readonly RetrievalHarness _harness = new(RetrievalHarness.Load("invented-observatory"));

    [Fact]
    public async Task When_RelativePhraseWithAResolvedDate_AnswersWithBoth()
    {
        // Published October 14, 2031: "next month" is November 2031.
        var answer = await _harness.AskAsync("When will the council decide on the grant?");

        Assert.True(answer.Answered);
        Assert.Contains("next month (November 2031)", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _harness.Dispose();
}
