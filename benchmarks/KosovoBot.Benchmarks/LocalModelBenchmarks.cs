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
    private LocalEmbeddingGenerator? _generator;
    private StatementEmbeddingIndex? _index;
    private string? _corpusDirectory;
    private string? _cacheDirectory;
    private IReadOnlyList<Statement> _statements = [];

    [Params("article", "1,000 articles")]
    public string Corpus { get; set; } = "article";

    [Params("How many troops are in KFOR?", "What did the NATO spokesman say about Libya and the mission in the Balkans?")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _generator = LocalModelBatchBenchmarks.LoadModel();
        var directory = BenchmarkData.KnowledgeDirectory();
        if (Corpus != "article")
        {
            _corpusDirectory = BenchmarkData.GeneratedCorpus(1000);
            directory = _corpusDirectory;
        }

        _statements = [.. BenchmarkData.Load(directory).Statements];
        _cacheDirectory = Directory.CreateTempSubdirectory("kosovobot-bench-vectors-").FullName;
        _index = new StatementEmbeddingIndex(
            new SyntheticStatementVectors(_generator),
            Microsoft.Extensions.Options.Options.Create(new EmbeddingsOptions
            {
                Model = SentenceModel.ArcticXs.Name,
                QueryPrefix = SentenceModel.ArcticXs.QueryPrefix,
                CachePath = Path.Combine(_cacheDirectory, "embeddings.json"),
            }),
            NullLogger<StatementEmbeddingIndex>.Instance);
        _ = _index.GetVectorsAsync(_statements, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        _generator?.Dispose();
        foreach (var directory in new[] { _corpusDirectory, _cacheDirectory })
        {
            if (directory is not null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Benchmark(Description = "embed one question")]
    public Task<float[]> EmbedQuestion() => _index!.EmbedQueryAsync(Question, CancellationToken.None);

    [Benchmark(Description = "embed one question + similarity to every statement")]
    public Task<double[]> Similarities() => _index!.SimilaritiesAsync(Question, _statements, CancellationToken.None);

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
