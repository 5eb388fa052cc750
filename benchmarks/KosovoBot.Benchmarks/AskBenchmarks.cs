using BenchmarkDotNet.Attributes;
using KosovoBot.Core.Answers;
using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Benchmarks;

/// <summary>One ask (plan, search, short answer, citations) on a warm index, over the article and over 1,000 generated articles.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class AskBenchmarks
{
    private string? _corpusDirectory;
    private KnowledgeIndexCache? _cache;
    private ExtractiveAnswerService? _answers;
    private string[] _variants = [];
    private int _next;

    [Params("article", "1,000 articles")]
    public string Corpus { get; set; } = "article";

    [Params("How many troops are in KFOR?", "What did the NATO spokesman say about Libya?")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var directory = BenchmarkData.KnowledgeDirectory();
        if (Corpus != "article")
        {
            _corpusDirectory = BenchmarkData.GeneratedCorpus(1000);
            directory = _corpusDirectory;
        }

        var options = Options.Create(BenchmarkData.Options);
        _cache = new KnowledgeIndexCache(new FixedKnowledgeProvider(BenchmarkData.Load(directory)), options, NullLogger<KnowledgeIndexCache>.Instance);
        _answers = new ExtractiveAnswerService(new LuceneStatementSearch(_cache), _cache, options, NullLogger<ExtractiveAnswerService>.Instance);
        // Two spellings of the question, alternated, so every ask plans its question afresh (the index cache keeps
        // the last plan only for the answerer's own follow-up search).
        _variants = [Question, Question + " "];
        _ = _answers.AnswerAsync(Question, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cache?.Dispose();
        if (_corpusDirectory is not null)
        {
            Directory.Delete(_corpusDirectory, recursive: true);
        }
    }

    [Benchmark]
    public Task<Answer> Ask() => _answers!.AnswerAsync(_variants[_next++ & 1], CancellationToken.None);
}
