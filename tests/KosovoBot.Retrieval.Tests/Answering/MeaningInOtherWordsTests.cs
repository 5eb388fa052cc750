using KosovoBot.Core.Answers;
using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Tests.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.Retrieval.Tests.Answering;

/// <summary>
/// Questions worded differently from an invented article: a semantic model (here a fake that knows a few word pairs)
/// says which of the statement's words carry a question word, and the answer follows; the thing asked for must still
/// be spelled.
/// </summary>
public sealed class MeaningInOtherWordsTests : IDisposable
{
    private readonly RetrievalHarness _harness = new(RetrievalHarness.Load("invented"));

    [Fact]
    public async Task AnswerAsync_WordsTheArticleSaysDifferently_AnswersFromTheStatementThatSaysThem()
    {
        var meaning = new PairMeaning(("cautioned", "warned"), ("drop", "fall"));
        const string question = "Who cautioned that water levels could drop further?";

        var lexical = await Answers(null).AnswerAsync(question, Timeout());
        var answer = await Answers(meaning).AnswerAsync(question, Timeout());

        Assert.False(lexical.Answered);
        Assert.True(answer.Answered);
        Assert.Contains("Lena Okafor", answer.Text, StringComparison.Ordinal);
        Assert.Contains("warned that levels could fall further", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_TheRoleAskedForSaidOnlyInOtherWords_DeclinesWithoutAskingTheModelAboutIt()
    {
        var meaning = new PairMeaning(("governor", "mayor"));

        var answer = await Answers(meaning).AnswerAsync("Who is the governor of Struval?", Timeout());

        Assert.False(answer.Answered);
        Assert.DoesNotContain("governor", meaning.Asked);
    }

    [Fact]
    public async Task AnswerAsync_ThingAskedForSaidOnlyInOtherWords_Declines()
    {
        var meaning = new PairMeaning(("population", "city"));

        var answer = await Answers(meaning).AnswerAsync("What is the population of Struval?", Timeout());

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task AnswerAsync_CommonWordTheModelPutsNearAPersonsName_Declines()
    {
        var meaning = new PairMeaning(("norway", "okafor"));

        var answer = await Answers(meaning).AnswerAsync("did the environment minister say anything about norway?", Timeout());

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task AnswerAsync_ModelFindsNothing_SameAnswerAsWithoutIt()
    {
        const string question = "Who cautioned that water levels could drop further?";

        var lexical = await Answers(null).AnswerAsync(question, Timeout());
        var answer = await Answers(new PairMeaning()).AnswerAsync(question, Timeout());

        Assert.Equal(lexical.Answered, answer.Answered);
        Assert.Equal(lexical.Text, answer.Text);
    }

    public void Dispose() => _harness.Dispose();

    private ExtractiveAnswerService Answers(IWordMeaning? meaning) => new(
        _harness.Search, _harness.Cache, Microsoft.Extensions.Options.Options.Create(_harness.Options),
        NullLogger<ExtractiveAnswerService>.Instance, meaning);

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    /// <summary>Knows a few question words and the statement word that says each; every other word it cannot place.</summary>
    private sealed class PairMeaning(params (string Question, string Statement)[] pairs) : IWordMeaning
    {
        public List<string> Asked { get; } = [];

        public Task<IReadOnlySet<string>> PresentAsync(IReadOnlyList<string> words, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

        public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> EquivalentsAsync(
            string question, IReadOnlyList<string> words, IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Asked.AddRange(words);
            var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (asked, said) in pairs)
            {
                if (words.Contains(asked) && texts.Any(t => t.Contains(said, StringComparison.OrdinalIgnoreCase)))
                {
                    found[asked] = [said];
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>(found);
        }
    }
}
