using BenchmarkDotNet.Attributes;
using KosovoBot.LocalModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.Benchmarks;

/// <summary>
/// The local embedding model (snowflake-arctic-embed-xs through ONNX Runtime, 2 threads): embedding one question with
/// its prefix, as each search does, and a batch of 16 statements, as the first start does for uncached statements.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LocalModelBenchmarks
{
    private static readonly string[] Statements =
    [
        .. Enumerable.Range(0, 16).Select(i =>
            $"NATO spokesman number {i} told reporters that the ministers agreed to keep the force at its current strength.")
    ];

    private LocalEmbeddingGenerator? generator;

    [Params("How many troops are in KFOR?", "What did the NATO spokesman say about Libya and the mission in the Balkans?")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kosovobot-benchmark-models");
        generator = new LocalEmbeddingGenerator(SentenceModel.ArcticXs, threads: 2, directory, NullLogger<LocalEmbeddingGenerator>.Instance);
        if (!generator.LoadAsync(CancellationToken.None).GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The local model did not load.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => generator?.Dispose();

    [Benchmark(Description = "embed one question")]
    public Task<Embedding<float>> EmbedQuestion() =>
        generator!.GenerateAsync(SentenceModel.ArcticXs.QueryPrefix + Question);

    [Benchmark(Description = "embed 16 statements")]
    public Task<GeneratedEmbeddings<Embedding<float>>> EmbedStatements() => generator!.GenerateAsync(Statements);
}
