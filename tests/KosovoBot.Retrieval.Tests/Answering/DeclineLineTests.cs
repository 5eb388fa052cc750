using KosovoBot.Core.Answers;
using KosovoBot.Core.Conversations;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Tests.Search;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

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
        var answer = await _harness.AskAsync(question);

        Assert.False(answer.Answered);
        Assert.Equal(start + Nearest, answer.Text);
    }

    [Fact]
    public async Task Decline_FollowUpReadWithContext_NamesOnlyTheAskersOwnMissingWords()
    {
        var time = new FakeTimeProvider();
        var conversation = new ConversationAnswerer(
            _harness.Answers, new InMemoryConversationStore(Options.Create(new ConversationOptions()), time), time);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await conversation.AnswerAsync("c1", "How many evenings will the Karsby observatory open?", timeout.Token);
        var followUp = await conversation.AnswerAsync("c1", "What is the population of Karsby?", timeout.Token);

        Assert.Contains(" (context: ", followUp.UnderstoodAs, StringComparison.Ordinal);
        Assert.False(followUp.Answer.Answered);
        Assert.Equal("No article mentions population; " + Nearest, followUp.Answer.Text);
    }

    [Fact]
    public async Task Decline_NumberMissing_SaysSoAndNamesTheNearestArticle()
    {
        var answer = await _harness.AskAsync("how old is petra hallin");

        Assert.Equal("No article gives that number; " + Nearest, answer.Text);
    }

    [Fact]
    public async Task Decline_NoSearchableWord_SaysWhatTheArticlesCover()
    {
        var answer = await _harness.AskAsync("🤔🤔🤔");

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
}
