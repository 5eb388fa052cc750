using BenchmarkDotNet.Attributes;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Quotes;
using KosovoBot.Retrieval.Search;
using KosovoBot.Retrieval.Timeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Benchmarks;

/// <summary>
/// The commands that read the whole knowledge rather than search it (<c>/deadlines</c>, <c>/quote</c>,
/// <c>/sources</c>, the decline sentence), each called again on the same snapshot, at 10,000 generated articles.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SnapshotBenchmarks
{
    private const int Articles = 10_000;
    private string corpusDirectory = string.Empty;
    private KnowledgeBase knowledge = KnowledgeBase.Empty;
    private KnowledgeIndexCache? cache;
    private TimelineService? timeline;
    private QuoteService? quotes;
    private SourceCatalog? sources;

    [GlobalSetup]
    public void Setup()
    {
        corpusDirectory = BenchmarkData.GeneratedCorpus(Articles);
        knowledge = BenchmarkData.Load(corpusDirectory);
        var provider = new FixedKnowledgeProvider(knowledge);
        cache = new KnowledgeIndexCache(provider, Options.Create(BenchmarkData.Options), NullLogger<KnowledgeIndexCache>.Instance);
        _ = cache.Current;
        timeline = new TimelineService(provider);
        quotes = new QuoteService(cache);
        sources = new SourceCatalog(provider);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        cache?.Dispose();
        Directory.Delete(corpusDirectory, recursive: true);
    }

    [Benchmark(Description = "/deadlines")]
    public Timeline Deadlines() => timeline!.GetTimeline();

    [Benchmark(Description = "/quote by word")]
    public QuoteSearchResult QuoteByWord() => quotes!.Find("visitors");

    [Benchmark(Description = "/quote by speaker")]
    public QuoteSearchResult QuoteBySpeaker() => quotes!.Find("Haddad");

    [Benchmark(Description = "/quote autocomplete")]
    public IReadOnlyList<string> SuggestSpeakers() => quotes!.SuggestSpeakers("ko", 25);

    [Benchmark(Description = "/sources")]
    public IReadOnlyList<SourceInfo> Sources() => sources!.Sources;

    [Benchmark(Description = "decline sentence")]
    public string Decline() => DeclineMessage.For(knowledge);
}
