using BenchmarkDotNet.Attributes;
using KosovoBot.LocalModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.Benchmarks;

/// <summary>Embedding a batch of 16 statements, as a first start (or a reload) does for statements not yet cached.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LocalModelBatchBenchmarks
{
    private static readonly string[] Statements =
    [
        .. Enumerable.Range(0, 16).Select(i =>
            $"NATO spokesman number {i} told reporters that the ministers agreed to keep the force at its current strength.")
    ];

    private LocalEmbeddingGenerator? _generator;

    [GlobalSetup]
    public void Setup() => _generator = LoadModel();

    [GlobalCleanup]
    public void Cleanup() => _generator?.Dispose();

    [Benchmark(Description = "embed 16 statements")]
    public Task<GeneratedEmbeddings<Embedding<float>>> EmbedStatements() => _generator!.GenerateAsync(Statements);

    /// <summary>The model from its package, extracted to a temp folder kept between runs.</summary>
    internal static LocalEmbeddingGenerator LoadModel()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kosovobot-benchmark-models");
        var generator = new LocalEmbeddingGenerator(SentenceModel.ArcticXs, threads: 2, directory, NullLogger<LocalEmbeddingGenerator>.Instance);
        return generator.LoadAsync(CancellationToken.None).GetAwaiter().GetResult()
            ? generator
            : throw new InvalidOperationException("The local model did not load.");
    }
}
