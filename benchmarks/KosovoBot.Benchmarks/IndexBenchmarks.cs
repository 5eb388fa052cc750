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
    private string articleDirectory = string.Empty;
    private string corpusDirectory = string.Empty;
    private KnowledgeBase article = KnowledgeBase.Empty;
    private KnowledgeBase corpus = KnowledgeBase.Empty;

    [GlobalSetup]
    public void Setup()
    {
        articleDirectory = BenchmarkData.KnowledgeDirectory();
        corpusDirectory = BenchmarkData.GeneratedCorpus(1000);
        article = BenchmarkData.Load(articleDirectory);
        corpus = BenchmarkData.Load(corpusDirectory);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(corpusDirectory, recursive: true);

    [Benchmark(Description = "article: load + index")]
    public int ArticleLoadAndIndex()
    {
        using var index = KnowledgeIndexBuilder.Build(BenchmarkData.Load(articleDirectory), BenchmarkData.Options, NullLogger.Instance);
        return index.Statements.Count;
    }

    [Benchmark(Description = "article: index only")]
    public int ArticleIndex()
    {
        using var index = KnowledgeIndexBuilder.Build(article, BenchmarkData.Options, NullLogger.Instance);
        return index.Statements.Count;
    }

    [Benchmark(Description = "1,000 articles: load + index")]
    public int CorpusLoadAndIndex()
    {
        using var index = KnowledgeIndexBuilder.Build(BenchmarkData.Load(corpusDirectory), BenchmarkData.Options, NullLogger.Instance);
        return index.Statements.Count;
    }

    [Benchmark(Description = "1,000 articles: index only")]
    public int CorpusIndex()
    {
        using var index = KnowledgeIndexBuilder.Build(corpus, BenchmarkData.Options, NullLogger.Instance);
        return index.Statements.Count;
    }
}
