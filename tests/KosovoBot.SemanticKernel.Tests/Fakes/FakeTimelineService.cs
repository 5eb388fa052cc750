using KosovoBot.Core.Answers;

namespace KosovoBot.SemanticKernel.Tests.Fakes;

/// <summary>One dated event: the mediators' report on Monday.</summary>
internal sealed class FakeTimelineService : ITimelineService
{
    public Timeline GetTimeline() => new(
        TestStatements.Source.Published,
        [
            new TimelineItem
            {
                Date = TestStatements.Mediators.Dates[0].Date,
                Kind = "expected",
                What = "Mediators report to the United Nations",
                Status = TimelineStatus.Upcoming,
                Evidence = Citation.Of(TestStatements.Mediators),
            },
        ]);
}
