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
/// the lexical search fused with the similarities, the question's words the knowledge does not spell judged by the
/// model (names word by word, common words in context against the best statements), then the extractive answer.
/// Over the article.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AskWithModelBenchmarks
{
    private string? _cacheDirectory;
    private KnowledgeIndexCache? _cache;
    private LocalEmbeddingGenerator? _generator;
    private StatementEmbeddingIndex? _vectors;
    private VocabularyMeaning? _meaning;
    private ExtractiveAnswerService? _answers;
    private string[] _variants = [];
    private int _next;

    [Params("How many troops are in KFOR?", "What did the NATO spokesman say about Libya?", "Where did the alliance's ministers gather?")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(BenchmarkData.Options);
        var knowledge = BenchmarkData.Load(BenchmarkData.KnowledgeDirectory());
        _cache = new KnowledgeIndexCache(new FixedKnowledgeProvider(knowledge), options, NullLogger<KnowledgeIndexCache>.Instance);
        _generator = new LocalEmbeddingGenerator(
            SentenceModel.ArcticXs, threads: 2, Path.Combine(Path.GetTempPath(), "kosovobot-benchmark-models"), NullLogger<LocalEmbeddingGenerator>.Instance);
        if (!_generator.LoadAsync(CancellationToken.None).GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The local model did not load.");
        }

        _cacheDirectory = Path.Combine(Path.GetTempPath(), $"kosovobot-bench-vectors-{Environment.ProcessId}");
        var embeddings = Options.Create(new EmbeddingsOptions
        {
            Model = SentenceModel.ArcticXs.Name,
            QueryPrefix = SentenceModel.ArcticXs.QueryPrefix,
            CachePath = Path.Combine(_cacheDirectory, "embeddings.json"),
            Timeout = TimeSpan.FromSeconds(30),
        });
        _vectors = new StatementEmbeddingIndex(_generator, embeddings, NullLogger<StatementEmbeddingIndex>.Instance);
        var corpus = new Corpus(knowledge.Documents.SelectMany(static d => d.Statements).ToList());
        _ = _vectors.GetVectorsAsync(corpus.Statements, CancellationToken.None).GetAwaiter().GetResult();
        var search = new HybridStatementSearch(
            new LuceneStatementSearch(_cache), _vectors, corpus, embeddings, TimeProvider.System, NullLogger<HybridStatementSearch>.Instance);
        _meaning = new VocabularyMeaning(_generator, corpus, embeddings, NullLogger<VocabularyMeaning>.Instance);
        var meaning = new ContextualWordMeaning(_meaning, _generator, NullLogger<ContextualWordMeaning>.Instance);
        _answers = new ExtractiveAnswerService(search, _cache, options, NullLogger<ExtractiveAnswerService>.Instance, meaning);

        // A thousand spellings (trailing spaces) in turn, so that every ask plans and embeds its question afresh
        // (a search remembers the vectors of its last few questions for a few seconds).
        _variants = [.. Enumerable.Range(0, 1000).Select(i => Question + new string(' ', i))];
        _ = _answers.AnswerAsync(Question, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cache?.Dispose();
        _vectors?.Dispose();
        _meaning?.Dispose();
        _generator?.Dispose();
        if (_cacheDirectory is not null && Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }

    [Benchmark]
    public Task<Answer> Ask() => _answers!.AnswerAsync(_variants[_next++ % _variants.Length], CancellationToken.None);

    private sealed class Corpus(IReadOnlyList<Statement> statements) : IStatementCorpus
    {
        public IReadOnlyList<Statement> Statements { get; } = statements;
    }
}
