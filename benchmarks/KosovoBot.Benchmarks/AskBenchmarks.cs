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
    private string? corpusDirectory;
    private KnowledgeIndexCache? cache;
    private ExtractiveAnswerService? answers;
    private string[] variants = [];
    private int next;

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
            corpusDirectory = BenchmarkData.GeneratedCorpus(1000);
            directory = corpusDirectory;
        }

        var options = Options.Create(BenchmarkData.Options);
        cache = new KnowledgeIndexCache(new FixedKnowledgeProvider(BenchmarkData.Load(directory)), options, NullLogger<KnowledgeIndexCache>.Instance);
        answers = new ExtractiveAnswerService(new LuceneStatementSearch(cache), cache, options, NullLogger<ExtractiveAnswerService>.Instance);
        // Two spellings of the question, alternated, so every ask plans its question afresh (the index cache keeps
        // the last plan only for the answerer's own follow-up search).
        variants = [Question, Question + " "];
        _ = answers.AnswerAsync(Question, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        cache?.Dispose();
        if (corpusDirectory is not null)
        {
            Directory.Delete(corpusDirectory, recursive: true);
        }
    }

    [Benchmark]
    public Task<Answer> Ask() => answers!.AnswerAsync(variants[next++ & 1], CancellationToken.None);
}
