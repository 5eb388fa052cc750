using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Testing.Fakes;

/// <summary>Timeline, quotes and sources over <see cref="TestStatements"/>.</summary>
public sealed class FakeKnowledgeServices : ITimelineService, IQuoteService, ISourceCatalog
{
    /// <inheritdoc />
    public IReadOnlyList<SourceInfo> Sources => [TestStatements.Source];

    /// <inheritdoc />
    public Timeline GetTimeline() => new(
        TestStatements.Source.Published,
        [
            new TimelineItem
            {
                Date = ResolvedDate.OfYear(2018),
                Kind = "background",
                What = "closed since 2018",
                Status = TimelineStatus.Past,
                Evidence = Citation.Of(TestStatements.Narrative),
            },
            new TimelineItem
            {
                Date = ResolvedDate.OfDay(new DateOnly(2020, 3, 9)),
                Kind = "event",
                What = "the bridge carries traffic again",
                Status = TimelineStatus.Upcoming,
                Evidence = Citation.Of(TestStatements.Direct),
            },
        ]);

    /// <inheritdoc />
    public QuoteSearchResult Find(string query) =>
        new(query, query.Contains("vell", StringComparison.OrdinalIgnoreCase) ? [Citation.Of(TestStatements.Direct)] : []);

    /// <inheritdoc />
    public IReadOnlyList<string> SuggestSpeakers(string prefix, int max) => ["Mara Vell"];
}
