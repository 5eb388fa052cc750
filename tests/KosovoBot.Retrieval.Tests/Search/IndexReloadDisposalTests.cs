using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Tests.Search;

/// <summary>A knowledge reload closes the replaced index, but never under a search still reading it.</summary>
public sealed class IndexReloadDisposalTests
{
    [Fact]
    public async Task Reload_NoSearchUnderWay_ReplacedIndexIsDisposed()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);
        await harness.Search.SearchAsync("dockers", 1, CancellationToken.None);
        var replaced = harness.Cache.Current;

        Reload(harness, "A new lighthouse opened at the harbour mouth.");
        await harness.Search.SearchAsync("lighthouse", 1, CancellationToken.None);

        Assert.True(replaced.IsDisposed);
        Assert.False(harness.Cache.Current.IsDisposed);
    }

    [Fact]
    public async Task Reload_DuringASearch_ThatSearchCompletesOnTheOldIndexWhichClosesAfterwards()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);
        var lease = harness.Cache.Acquire(); // a search under way holds this while it reads

        Reload(harness, "A new lighthouse opened at the harbour mouth.");
        var fresh = await harness.Search.SearchAsync("lighthouse", 1, CancellationToken.None);
        var old = lease.Index.Search(harness.Cache.Plan(lease.Index, "How many dockers go back to work?"), 1);

        Assert.Equal(6, fresh[0].Statement.Ordinal);
        Assert.Equal(2, old[0].Statement.Ordinal);
        Assert.False(lease.Index.IsDisposed);
        lease.Dispose();
        Assert.True(lease.Index.IsDisposed);
    }

    [Fact]
    public void Dispose_CacheDisposed_LeaseRefused()
    {
        var harness = new RetrievalHarness(StatementFixture.Knowledge);
        _ = harness.Cache.Current;

        harness.Dispose();

        Assert.Throws<ObjectDisposedException>(() => harness.Cache.Acquire());
    }

    private static void Reload(RetrievalHarness harness, string text)
    {
        var document = StatementFixture.Knowledge.Documents[0];
        var extra = document.Statements[0] with { Ordinal = 6, Text = text };
        harness.Provider.Current = new KnowledgeBase(
            [document with { Statements = [.. document.Statements, extra] }], StatementFixture.Synonyms);
    }
}
