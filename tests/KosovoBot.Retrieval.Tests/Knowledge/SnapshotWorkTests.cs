using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Knowledge;

/// <summary>
/// <c>/deadlines</c>, <c>/quote</c>, <c>/sources</c> and the decline sentence are computed once per knowledge
/// snapshot, and a reload (a new snapshot) is served at once, never a stale result.
/// </summary>
public sealed class SnapshotWorkTests
{
    [Fact]
    public void GetTimeline_SameSnapshot_ServesTheTimelineBuiltFirst()
    {
        using var harness = RetrievalHarness.ForArticle();

        Assert.Same(harness.Timeline.GetTimeline(), harness.Timeline.GetTimeline());
        Assert.Same(harness.Sources.Sources, harness.Sources.Sources);
        Assert.Same(DeclineMessage.For(harness.Provider.Current), DeclineMessage.For(harness.Provider.Current));
    }

    [Fact]
    public void Commands_AfterReload_ServeTheNewSnapshot()
    {
        using var harness = RetrievalHarness.ForArticle();
        var timelineBefore = harness.Timeline.GetTimeline();
        var sourcesBefore = harness.Sources.Sources;
        var quotesBefore = harness.Quotes.Find("Šimić");
        var speakersBefore = harness.Quotes.SuggestSpeakers("sim", 5);
        var declineBefore = DeclineMessage.For(harness.Provider.Current);

        harness.Provider.Current = RetrievalHarness.Load("two-articles");

        Assert.DoesNotContain(timelineBefore.Items, i => i.Date.ToIsoString() == "2009-04-02");
        Assert.Contains(harness.Timeline.GetTimeline().Items, i => i.Date.ToIsoString() == "2009-04-02");
        Assert.Single(sourcesBefore);
        Assert.Equal(["Old Drina Bridge Reopens to Traffic", "NATO to Stay in Kosovo"], harness.Sources.Sources.Select(static s => s.Title));
        Assert.Empty(quotesBefore.Quotes);
        Assert.Contains(harness.Quotes.Find("Šimić").Quotes, q => q.Quote.Contains("stronger than it has ever been", StringComparison.Ordinal));
        Assert.Contains(harness.Quotes.Find("stronger").Quotes, q => q.Speaker == "Dragan Šimić");
        Assert.Empty(speakersBefore);
        Assert.Equal(["Dragan Šimić"], harness.Quotes.SuggestSpeakers("sim", 5));
        Assert.DoesNotContain("Drina", declineBefore, StringComparison.Ordinal);
        Assert.Contains("Old Drina Bridge Reopens to Traffic", DeclineMessage.For(harness.Provider.Current), StringComparison.Ordinal);
    }
}
