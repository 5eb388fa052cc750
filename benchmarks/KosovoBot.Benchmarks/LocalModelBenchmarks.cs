using BenchmarkDotNet.Attributes;
using KosovoBot.Core.Knowledge;
using KosovoBot.LocalModel;
using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.Benchmarks;

/// <summary>
/// The local embedding model (snowflake-arctic-embed-xs through ONNX Runtime, 2 threads) on the answer path: embedding
/// one question with its prefix, and that plus its cosine similarity to every statement of the corpus (statement
/// vectors cached, as after the first start; for this measurement they are synthetic unit vectors, since computing the
/// 1,000 articles' real ones would take minutes and their values do not change the cost).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LocalModelBenchmarks
{
    private LocalEmbeddingGenerator? generator;
    private StatementEmbeddingIndex? index;
    private string? corpusDirectory;
    private string? cacheDirectory;
    private IReadOnlyList<Statement> statements = [];

    [Params("article", "1,000 articles")]
    public string Corpus { get; set; } = "article";

    [Params("How many troops are in KFOR?", "What did the NATO spokesman say about Libya and the mission in the Balkans?")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        generator = LocalModelBatchBenchmarks.LoadModel();
        var directory = BenchmarkData.KnowledgeDirectory();
        if (Corpus != "article")
        {
            corpusDirectory = BenchmarkData.GeneratedCorpus(1000);
            directory = corpusDirectory;
        }

        statements = [.. BenchmarkData.Load(directory).Statements];
        cacheDirectory = Directory.CreateTempSubdirectory("kosovobot-bench-vectors-").FullName;
        index = new StatementEmbeddingIndex(
            new SyntheticStatementVectors(generator),
            Microsoft.Extensions.Options.Options.Create(new EmbeddingsOptions
            {
                Model = SentenceModel.ArcticXs.Name,
                QueryPrefix = SentenceModel.ArcticXs.QueryPrefix,
                CachePath = Path.Combine(cacheDirectory, "embeddings.json"),
            }),
            NullLogger<StatementEmbeddingIndex>.Instance);
        _ = index.GetVectorsAsync(statements, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        index?.Dispose();
        generator?.Dispose();
        foreach (var directory in new[] { corpusDirectory, cacheDirectory })
        {
            if (directory is not null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Benchmark(Description = "embed one question")]
    public Task<float[]> EmbedQuestion() => index!.EmbedQueryAsync(Question, CancellationToken.None);

    [Benchmark(Description = "embed one question + similarity to every statement")]
    public Task<double[]> Similarities() => index!.SimilaritiesAsync(Question, statements, CancellationToken.None);

    /// <summary>The real model for questions (they carry its prefix); a fixed pseudo-random unit vector a statement.</summary>
    private sealed class SyntheticStatementVectors(LocalEmbeddingGenerator model) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            if (texts.TrueForAll(t => t.StartsWith(SentenceModel.ArcticXs.QueryPrefix, StringComparison.Ordinal)))
            {
                return await model.GenerateAsync(texts, options, cancellationToken);
            }

            return [.. texts.Select(t => new Embedding<float>(UnitVector(t)))];
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }

        private static float[] UnitVector(string text)
        {
            var random = new Random(StringComparer.Ordinal.GetHashCode(text));
            var vector = new float[384];
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = (float)(random.NextDouble() - 0.5);
            }

            var norm = (float)Math.Sqrt(vector.Sum(v => v * v));
            return [.. vector.Select(v => v / norm)];
        }
    }
}
