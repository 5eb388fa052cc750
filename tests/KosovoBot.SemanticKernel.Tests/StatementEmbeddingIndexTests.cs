using KosovoBot.Core.Knowledge;
using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.SemanticKernel.Tests.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Tests;

public sealed class StatementEmbeddingIndexTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly MappedGenerator _generator = new(new Dictionary<string, float[]>(StringComparer.Ordinal)
    {
        ["find: Who keeps the force?"] = [3, 0],
        [TestStatements.Troops.Text] = [1, 0],
        [TestStatements.Russia.Text] = [0, 2],
        [TestStatements.Remain.Text] = [-1, 0],
    });

    [Fact]
    public async Task SimilaritiesAsync_QueryPrefixSet_EmbedsThePrefixedQuestionAndScoresEachStatementInOrder()
    {
        using var index = Index(queryPrefix: "find: ");

        var similarities = await index.SimilaritiesAsync(
            "Who keeps the force?", [TestStatements.Troops, TestStatements.Russia, TestStatements.Remain], CancellationToken.None);

        Assert.Equal([1.0, 0.0, -1.0], similarities);
        Assert.Contains("find: Who keeps the force?", _generator.Embedded);
    }

    [Fact]
    public async Task GetVectorsAsync_SameListAgainThenAGrownList_EmbedsOnlyTheNewStatement()
    {
        using var index = Index(queryPrefix: null);
        IReadOnlyList<Statement> snapshot = [TestStatements.Troops, TestStatements.Russia];

        var first = await index.GetVectorsAsync(snapshot, CancellationToken.None);
        var again = await index.GetVectorsAsync(snapshot, CancellationToken.None);
        var grown = await index.GetVectorsAsync([TestStatements.Troops, TestStatements.Russia, TestStatements.Remain], CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal([TestStatements.Troops.Text, TestStatements.Russia.Text, TestStatements.Remain.Text], _generator.Embedded);
        Assert.Equal(new float[] { -1, 0 }, grown[2]);
    }

    [Fact]
    public void Cosine_ZeroOrMismatchedVectors_IsZero()
    {
        Assert.Equal(0, StatementEmbeddingIndex.Cosine([0, 0], [1, 0]));
        Assert.Equal(0, StatementEmbeddingIndex.Cosine([1, 0, 0], [1, 0]));
        Assert.Equal(1, StatementEmbeddingIndex.Cosine([2, 2], [1, 1]), 6);
    }

    public void Dispose() => _temp.Dispose();

    private StatementEmbeddingIndex Index(string? queryPrefix) => new(
        _generator,
        Options.Create(new EmbeddingsOptions
        {
            Model = "mapped",
            QueryPrefix = queryPrefix,
            CachePath = Path.Combine(_temp.Path, "embeddings.json"),
        }),
        NullLogger<StatementEmbeddingIndex>.Instance);

    private sealed class MappedGenerator(Dictionary<string, float[]> vectors) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public List<string> Embedded { get; } = [];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            Embedded.AddRange(texts);
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(texts.Select(t => new Embedding<float>(vectors[t]))));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
