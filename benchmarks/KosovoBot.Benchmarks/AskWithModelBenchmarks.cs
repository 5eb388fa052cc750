using BenchmarkDotNet.Attributes;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.LocalModel;
using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Search;
using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Benchmarks;

/// <summary>
/// One ask with the local model on (as shipped): the question embedded once, the statement vectors precomputed,
/// the lexical search fused with the similarities, then the extractive answer. Over the article.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AskWithModelBenchmarks
{
    private string? cacheDirectory;
    private KnowledgeIndexCache? cache;
    private LocalEmbeddingGenerator? generator;
    private StatementEmbeddingIndex? vectors;
    private ExtractiveAnswerService? answers;
    private string[] variants = [];
    private int next;

    [Params("How many troops are in KFOR?", "What did the NATO spokesman say about Libya?")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(BenchmarkData.Options);
        var knowledge = BenchmarkData.Load(BenchmarkData.KnowledgeDirectory());
        cache = new KnowledgeIndexCache(new FixedKnowledgeProvider(knowledge), options, NullLogger<KnowledgeIndexCache>.Instance);
        generator = new LocalEmbeddingGenerator(
            SentenceModel.ArcticXs, threads: 2, Path.Combine(Path.GetTempPath(), "kosovobot-benchmark-models"), NullLogger<LocalEmbeddingGenerator>.Instance);
        if (!generator.LoadAsync(CancellationToken.None).GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The local model did not load.");
        }

        cacheDirectory = Path.Combine(Path.GetTempPath(), $"kosovobot-bench-vectors-{Environment.ProcessId}");
        var embeddings = Options.Create(new EmbeddingsOptions
        {
            Model = SentenceModel.ArcticXs.Name,
            QueryPrefix = SentenceModel.ArcticXs.QueryPrefix,
            CachePath = Path.Combine(cacheDirectory, "embeddings.json"),
            Timeout = TimeSpan.FromSeconds(30),
        });
        vectors = new StatementEmbeddingIndex(generator, embeddings, NullLogger<StatementEmbeddingIndex>.Instance);
        var corpus = new Corpus(knowledge.Documents.SelectMany(static d => d.Statements).ToList());
        _ = vectors.GetVectorsAsync(corpus.Statements, CancellationToken.None).GetAwaiter().GetResult();
        var search = new HybridStatementSearch(
            new LuceneStatementSearch(cache), vectors, corpus, embeddings, TimeProvider.System, NullLogger<HybridStatementSearch>.Instance);
        answers = new ExtractiveAnswerService(search, cache, options, NullLogger<ExtractiveAnswerService>.Instance);

        // A thousand spellings (trailing spaces) in turn, so that every ask plans and embeds its question afresh
        // (a search remembers the vectors of its last few questions for a few seconds).
        variants = [.. Enumerable.Range(0, 1000).Select(i => Question + new string(' ', i))];
        _ = answers.AnswerAsync(Question, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        cache?.Dispose();
        vectors?.Dispose();
        generator?.Dispose();
        if (cacheDirectory is not null && Directory.Exists(cacheDirectory))
        {
            Directory.Delete(cacheDirectory, recursive: true);
        }
    }

    [Benchmark]
    public Task<Answer> Ask() => answers!.AnswerAsync(variants[next++ % variants.Length], CancellationToken.None);

    private sealed class Corpus(IReadOnlyList<Statement> statements) : IStatementCorpus
    {
        public IReadOnlyList<Statement> Statements { get; } = statements;
    }
}
