using KosovoBot.Core.Answers;
using KosovoBot.Core.Control;
using KosovoBot.Core.Knowledge;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.AI;

namespace KosovoBot.Core.Tests.Control;

public sealed class GapReportTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly InMemoryQuestionRecords _records = new();
    private readonly CancellationToken _token = CancellationToken.None;
    private int _asked;

    [Fact]
    public async Task BuildAsync_WithoutModel_ParaphrasesSharingWordsInOneGroupLargestFirst()
    {
        await DeclineAsync("How long is the harbour bridge?");
        await DeclineAsync("What is the length of the bridge?");
        await DeclineAsync("harbour bridge length?");
        await DeclineAsync("What's the harbour bridge's length");
        await DeclineAsync("How long is the harbour bridge?");
        await DeclineAsync("Who designed the lighthouse?");
        await DeclineAsync("What is the bridge toll?");

        var groups = await new GapReport(_records).BuildAsync(Day, _token);

        Assert.Equal([5, 1, 1], groups.Select(static g => g.Count));
        Assert.Equal("How long is the harbour bridge?", groups[0].Examples[0]);
        Assert.Equal(3, groups[0].Examples.Count);
        Assert.DoesNotContain(groups[0].Examples, e => e.Contains("lighthouse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BuildAsync_WithModel_GroupsByMeaningNotWords()
    {
        await DeclineAsync("How many people live in Portville?");
        await DeclineAsync("What is the population of Portville?");
        await DeclineAsync("Who designed the lighthouse?");
        await DeclineAsync("Portville population?");
        var model = new FakeEmbeddings(new Dictionary<string, float[]>
        {
            ["query: how many people live in portville"] = [1, 0.1f, 0],
            ["query: what is the population of portville"] = [0.95f, 0.15f, 0],
            ["query: portville population"] = [0.97f, 0.1f, 0.05f],
            ["query: who designed the lighthouse"] = [0, 0.2f, 1],
        });

        var groups = await new GapReport(_records, embeddings: new GapEmbeddings(model, "query: ")).BuildAsync(Day, _token);

        Assert.Equal(2, groups.Count);
        Assert.Equal(3, groups[0].Count);
        Assert.Equal(["How many people live in Portville?", "What is the population of Portville?", "Portville population?"], groups[0].Examples);
        Assert.Equal(["Who designed the lighthouse?"], groups[1].Examples);
    }

    [Fact]
    public async Task BuildAsync_ModelFails_FallsBackToSharedWords()
    {
        await DeclineAsync("harbour bridge length?");
        await DeclineAsync("What is the harbour bridge length?");

        var groups = await new GapReport(_records, embeddings: new GapEmbeddings(new FakeEmbeddings([]), string.Empty)).BuildAsync(Day, _token);

        Assert.Equal(2, Assert.Single(groups).Count);
    }

    [Fact]
    public async Task BuildAsync_DislikedAnswersCountDeclinesAreMarked_OlderQuestionsLeftOut()
    {
        await DeclineAsync("How long is the harbour bridge?", at: Day.AddDays(-1));
        await DeclineAsync("How long is the harbour bridge?");
        var answered = await AnswerAsync("How long is the harbour bridge span?");
        await _records.RecordFeedbackAsync(new AnswerFeedback(answered, "U2", false, FeedbackProblem.Wrong, null, Day.AddHours(1)), _token);
        await AnswerAsync("When does the bridge reopen?");

        var group = Assert.Single(await new GapReport(_records).BuildAsync(Day, _token));

        Assert.Equal((2, 1), (group.Count, group.Declined));
    }

    [Fact]
    public async Task BuildAsync_WithSearch_NamesTheNearestParagraph()
    {
        await DeclineAsync("Who paid for the bridge?");
        var search = new OneStatementSearch(TestStatements.Narrative);

        var group = Assert.Single(await new GapReport(_records, search).BuildAsync(Day, _token));

        Assert.Equal(new GapParagraph("wire-harbour-bridge", "Harbour Bridge to Reopen", 1, "The harbour bridge has been closed since 2018."), group.Nearest);
        Assert.Equal("Who paid for the bridge?", Assert.Single(search.Queries));
    }

    [Fact]
    public async Task BuildAsync_ForOneServer_OnlyItsQuestions_WithoutFilterEveryServerAndDm()
    {
        await DeclineAsync("How tall is the lighthouse?");
        await RecordAsync("Who owns the ferry company?", answered: false, null, server: "G2");
        await RecordAsync("When was the museum built?", answered: false, null, platform: "slack");
        await RecordAsync("What does the mayor earn?", answered: false, null, server: null);
        var report = new GapReport(_records);

        var first = await report.BuildAsync(Day, new GapFilter("discord", "G1"), _token);
        var second = await report.BuildAsync(Day, new GapFilter("discord", "G2"), _token);
        var everywhere = await report.BuildAsync(Day, _token);

        Assert.Equal(["How tall is the lighthouse?"], first.SelectMany(static g => g.Examples));
        Assert.Equal(["Who owns the ferry company?"], second.SelectMany(static g => g.Examples));
        Assert.Equal(
            ["How tall is the lighthouse?", "What does the mayor earn?", "When was the museum built?", "Who owns the ferry company?"],
            everywhere.SelectMany(static g => g.Examples).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task BuildAsync_FollowUpReadWithContext_ShowsTheReadingWithoutTheRewritersContext()
    {
        await RecordAsync(
            "and when?",
            answered: false,
            null,
            understoodAs: "When will they review the parking rules? (context: Who wrote the parking rules? The city council.)");

        var group = Assert.Single(await new GapReport(_records).BuildAsync(Day, _token));

        Assert.Equal(["When will they review the parking rules?"], group.Examples);
    }

    [Fact]
    public async Task BuildAsync_NoGaps_Empty() =>
        Assert.Empty(await new GapReport(_records).BuildAsync(Day, _token));

    private Task DeclineAsync(string question, DateTimeOffset? at = null) => RecordAsync(question, answered: false, at);

    private async Task<string> AnswerAsync(string question)
    {
        await RecordAsync(question, answered: true, null);
        return $"r{_asked}";
    }

    private Task RecordAsync(
        string question, bool answered, DateTimeOffset? at, string platform = "discord", string? server = "G1", string? understoodAs = null)
    {
        _asked++;
        return _records.RecordAsync(
            new QuestionRecord
            {
                Id = $"r{_asked}",
                At = at ?? Day.AddMinutes(_asked),
                Platform = platform,
                ServerId = server,
                ChannelId = "C1",
                UserId = "U1",
                Question = question,
                UnderstoodAs = understoodAs,
                Answered = answered,
                AnswerText = answered ? "On Monday." : "No article mentions it.",
                Snapshot = "snap-1",
            },
            _token);
    }

    private sealed class FakeEmbeddings(Dictionary<string, float[]> vectors) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var found = values.Select(v => vectors.TryGetValue(v, out var vector)
                ? new Embedding<float>(vector)
                : throw new InvalidOperationException($"The model is not loaded ({v})."));
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(found.ToList()));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class OneStatementSearch(Statement statement) : IStatementSearch
    {
        public List<string> Queries { get; } = [];

        public Task<IReadOnlyList<ScoredStatement>> SearchAsync(string query, int top, CancellationToken cancellationToken)
        {
            Queries.Add(query);
            return Task.FromResult<IReadOnlyList<ScoredStatement>>([new ScoredStatement(statement, 1.0)]);
        }
    }
}
