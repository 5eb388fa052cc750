using KosovoBot.Core.Answers;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Answering;

/// <summary>A declined question is told in one line what is missing and which article came nearest.</summary>
public sealed class DeclineLineTests : IDisposable
{
    private const string Nearest = "the nearest is \"Lakeside Observatory to Stay Open Through Winter\", October 14, 2031.";

    private readonly RetrievalHarness _harness = new(RetrievalHarness.Load("invented-observatory"));

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("What is the observatory's annual electricity bill?", "No article mentions annual, electricity or bill; ")]
    [InlineData("Did the Karsby Zoo get a grant too?", "No article mentions Zoo; ")]
    public async Task Decline_WordsNoArticleHas_NamesThemAndTheNearestArticle(string question, string start)
    {
        var answer = await AskAsync(question);

        Assert.False(answer.Answered);
        Assert.Equal(start + Nearest, answer.Text);
    }

    [Fact]
    public async Task Decline_NumberMissing_SaysSoAndNamesTheNearestArticle()
    {
        var answer = await AskAsync("how old is petra hallin");

        Assert.Equal("No article gives that number; " + Nearest, answer.Text);
    }

    [Fact]
    public async Task Decline_NoSearchableWord_SaysWhatTheArticlesCover()
    {
        var answer = await AskAsync("🤔🤔🤔");

        Assert.StartsWith("My article doesn't cover that; I can answer questions about \"Lakeside Observatory", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeVersion_SameArticles_SameId_ChangedArticle_NewId()
    {
        var first = KnowledgeVersion.Compute(RetrievalHarness.Load("invented-observatory"));
        var again = KnowledgeVersion.Compute(RetrievalHarness.Load("invented-observatory"));
        var other = KnowledgeVersion.Compute(RetrievalHarness.Load("two-articles"));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Matches("^[0-9a-f]{12}$", first);
    }

    private async Task<Answer> AskAsync(string question)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _harness.Answers.AnswerAsync(question, timeout.Token);
    }
}
