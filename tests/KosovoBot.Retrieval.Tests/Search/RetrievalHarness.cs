using KosovoBot.Core.Answers;
using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Quotes;
using KosovoBot.Retrieval.Search;
using KosovoBot.Retrieval.Timeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Tests.Search;

/// <summary>The retrieval services wired by hand over one knowledge snapshot.</summary>
internal sealed class RetrievalHarness : IDisposable
{
    public RetrievalHarness(KnowledgeBase knowledge, RetrievalOptions? options = null)
    {
        Provider = new FixedKnowledgeProvider(knowledge);
        Options = options ?? new RetrievalOptions();
        Cache = new KnowledgeIndexCache(Provider, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<KnowledgeIndexCache>.Instance);
        Search = new LuceneStatementSearch(Cache);
        Answers = new ExtractiveAnswerService(Search, Cache, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<ExtractiveAnswerService>.Instance);
        Quotes = new QuoteService(Cache);
        Timeline = new TimelineService(Provider);
        Sources = new SourceCatalog(Provider);
    }

    public FixedKnowledgeProvider Provider { get; }

    public RetrievalOptions Options { get; }

    public KnowledgeIndexCache Cache { get; }

    public IStatementSearch Search { get; }

    public ExtractiveAnswerService Answers { get; }

    public IQuoteService Quotes { get; }

    public ITimelineService Timeline { get; }

    public ISourceCatalog Sources { get; }

    /// <summary>The knowledge in <c>TestData/retrieval/{folder}</c>, loaded by the real loader.</summary>
    public static KnowledgeBase Load(string folder)
    {
        var result = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "retrieval", folder));
        Assert.Empty(result.Refused);
        return result.Knowledge;
    }

    public static RetrievalHarness ForArticle() => new(Load("article"));

    /// <summary>Asks the answer service, as a test does, giving it 30 seconds.</summary>
    public async Task<Answer> AskAsync(string question)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await Answers.AnswerAsync(question, timeout.Token);
    }

    public void Dispose() => Cache.Dispose();
}
