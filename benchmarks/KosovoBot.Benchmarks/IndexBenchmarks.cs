using BenchmarkDotNet.Attributes;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.Benchmarks;

/// <summary>Knowledge load (parse, sentences, attribution, dates) and index build, for the article and a generated corpus.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class IndexBenchmarks
{
    private string _articleDirectory = string.Empty;
    private string _corpusDirectory = string.Empty;
    private KnowledgeBase _article = KnowledgeBase.Empty;
    private KnowledgeBase _corpus = KnowledgeBase.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _articleDirectory = BenchmarkData.KnowledgeDirectory();
        _corpusDirectory = BenchmarkData.GeneratedCorpus(1000);
        _article = BenchmarkData.Load(_articleDirectory);
        _corpus = BenchmarkData.Load(_corpusDirectory);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_corpusDirectory, recursive: true);

    [Benchmark(Description = "article: load + index")]
    public int ArticleLoadAndIndex()
    {
        using var index = KnowledgeIndexBuilder.Build(BenchmarkData.Load(_articleDirectory), BenchmarkData.Options, NullLogger.Instance);
        return index.Statements.Count;
    }

    [Benchmark(Description = "article: index only")]
    public int ArticleIndex()
    {
        using var index = KnowledgeIndexBuilder.Build(_article, BenchmarkData.Options, NullLogger.Instance);
        return index.Statements.Count;
    }

    [Benchmark(Description = "1,000 articles: load + index")]
    public int CorpusLoadAndIndex()
    {
        using var index = KnowledgeIndexBuilder.Build(BenchmarkData.Load(_corpusDirectory), BenchmarkData.Options, NullLogger.Instance);
        return index.Statements.Count;
    }

    [Benchmark(Description = "1,000 articles: index only")]
    public int CorpusIndex()
    {
        using var index = KnowledgeIndexBuilder.Build(_corpus, BenchmarkData.Options, NullLogger.Instance);
        return index.Statements.Count;
    }
}
