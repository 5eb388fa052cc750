using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Search;
using KosovoBot.Retrieval.Tests.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Retrieval.Tests.Search;

public sealed class IndexWarmupServiceTests : IDisposable
{
    private readonly TempKnowledge _temp = new();

    [Fact]
    public async Task StartAsync_ThenReload_BuildsEachSnapshotsIndexBeforeAnyQuestion()
    {
        _temp.CopyArticle();
        using var store = new KnowledgeStore(
            Options.Create(new KnowledgeOptions { Path = _temp.Directory, Watch = false }),
            new FakeTimeProvider(),
            NullLogger<KnowledgeStore>.Instance);
        using var cache = new KnowledgeIndexCache(store, Options.Create(new RetrievalOptions()), NullLogger<KnowledgeIndexCache>.Instance);
        var logger = new FakeLogger<IndexWarmupService>();
        using var warmup = new IndexWarmupService(store, cache, logger);
        store.Reload(); // the host's knowledge service loads before the warm-up starts

        await warmup.StartAsync(CancellationToken.None);
        _temp.Write("second.md", File.ReadAllText(TempKnowledge.SecondArticlePath));
        store.Reload();
        await warmup.StopAsync(CancellationToken.None);
        store.Reload();

        // One build at start, one for the reload while running, none after stopping.
        var ready = logger.Collector.GetSnapshot().Where(r => r.Message.StartsWith("Search index ready", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ready.Count);
        var statements = store.Current.Documents.Sum(d => d.Statements.Count);
        Assert.Equal($"Search index ready: {statements} statements", ready[1].Message);
        Assert.NotEqual(ready[0].Message, ready[1].Message);
    }

    public void Dispose() => _temp.Dispose();
}
