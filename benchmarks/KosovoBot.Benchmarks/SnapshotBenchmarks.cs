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
    private string _corpusDirectory = string.Empty;
    private KnowledgeBase _knowledge = KnowledgeBase.Empty;
    private KnowledgeIndexCache? _cache;
    private TimelineService? _timeline;
    private QuoteService? _quotes;
    private SourceCatalog? _sources;

    [GlobalSetup]
    public void Setup()
    {
        _corpusDirectory = BenchmarkData.GeneratedCorpus(Articles);
        _knowledge = BenchmarkData.Load(_corpusDirectory);
        var provider = new FixedKnowledgeProvider(_knowledge);
        _cache = new KnowledgeIndexCache(provider, Options.Create(BenchmarkData.Options), NullLogger<KnowledgeIndexCache>.Instance);
        _ = _cache.Current;
        _timeline = new TimelineService(provider);
        _quotes = new QuoteService(_cache);
        _sources = new SourceCatalog(provider);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cache?.Dispose();
        Directory.Delete(_corpusDirectory, recursive: true);
    }

    [Benchmark(Description = "/deadlines")]
    public Timeline Deadlines() => _timeline!.GetTimeline();

    [Benchmark(Description = "/quote by word")]
    public QuoteSearchResult QuoteByWord() => _quotes!.Find("visitors");

    [Benchmark(Description = "/quote by speaker")]
    public QuoteSearchResult QuoteBySpeaker() => _quotes!.Find("Haddad");

    [Benchmark(Description = "/quote autocomplete")]
    public IReadOnlyList<string> SuggestSpeakers() => _quotes!.SuggestSpeakers("ko", 25);

    [Benchmark(Description = "/sources")]
    public IReadOnlyList<SourceInfo> Sources() => _sources!.Sources;

    [Benchmark(Description = "decline sentence")]
    public string Decline() => DeclineMessage.For(_knowledge);
}
