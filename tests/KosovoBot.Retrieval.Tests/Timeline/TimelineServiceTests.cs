using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Tests.Answering;
using KosovoBot.Retrieval.Tests.Search;
using KosovoBot.Retrieval.Timeline;

namespace KosovoBot.Retrieval.Tests.Timeline;

public sealed class TimelineServiceTests : IClassFixture<ArticleFixture>
{
    private readonly ArticleFixture _article;

    public TimelineServiceTests(ArticleFixture article) => _article = article;

    [Fact]
    public void GetTimeline_Article_ListsDatedEventsInOrderWithPrecision()
    {
        var timeline = _article.Harness.Timeline.GetTimeline();

        Assert.Equal(new DateOnly(2007, 12, 7), timeline.AsOf);
        Assert.Equal(
            ["1999", "2007-12-07", "2007-12-10", "2007-12-10", "2008-01"],
            timeline.Items.Select(static i => i.Date.ToIsoString()));
        Assert.Equal(
            [DatePrecision.Year, DatePrecision.Day, DatePrecision.Day, DatePrecision.Day, DatePrecision.PartOfMonth],
            timeline.Items.Select(static i => i.Date.Precision));
    }

    [Fact]
    public void GetTimeline_Article_KindsAndStatusesFollowTheSentences()
    {
        var items = _article.Harness.Timeline.GetTimeline().Items;

        Assert.Equal(["background", "event", "deadline", "expected", "expected"], items.Select(static i => i.Kind));
        Assert.Equal(
            [TimelineStatus.Past, TimelineStatus.Past, TimelineStatus.Upcoming, TimelineStatus.Upcoming, TimelineStatus.Upcoming],
            items.Select(static i => i.Status));
    }

    [Fact]
    public void GetTimeline_Article_WhatIsShortAndTakenFromTheEvidence()
    {
        var items = _article.Harness.Timeline.GetTimeline().Items;

        Assert.Contains("ministerial meeting", items[1].What, StringComparison.Ordinal);
        Assert.StartsWith("December 10 deadline", items[2].What, StringComparison.Ordinal);
        Assert.Contains("report to the United Nations", items[3].What, StringComparison.Ordinal);
        Assert.All(items, i =>
        {
            Assert.Contains(i.Evidence.Quote, _article.Body, StringComparison.Ordinal);
            Assert.True(i.What.Split(' ').Length <= 16, i.What);
            Assert.All(i.What.Split(' '), w => Assert.Contains(w, i.Evidence.Quote, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void GetTimeline_Fixture_MarksPastTodayAndUpcoming()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var items = harness.Timeline.GetTimeline().Items;

        Assert.Equal(["2008", "2010-05-14", "2010-05-17", "2010-06"], items.Select(static i => i.Date.ToIsoString()));
        Assert.Equal(
            [TimelineStatus.Past, TimelineStatus.Past, TimelineStatus.Upcoming, TimelineStatus.Upcoming],
            items.Select(static i => i.Status));
    }

    [Fact]
    public void GetTimeline_NoKnowledge_IsEmpty()
    {
        using var harness = new RetrievalHarness(Retrieval.Knowledge.KnowledgeBase.Empty);

        Assert.Empty(harness.Timeline.GetTimeline().Items);
    }

    [Theory]
    [InlineData(2007, 12, 6, TimelineStatus.Past)]
    [InlineData(2007, 12, 7, TimelineStatus.Past)]
    [InlineData(2007, 12, 8, TimelineStatus.Upcoming)]
    public void StatusOf_DayAgainstPublished_ComparesDates(int year, int month, int day, TimelineStatus expected)
    {
        var date = ResolvedDate.OfDay(new DateOnly(year, month, day));

        Assert.Equal(expected, TimelineService.StatusOf(date, new DateOnly(2007, 12, 7)));
    }

    [Fact]
    public void StatusOf_MonthStillRunningOnPublished_IsUpcoming()
    {
        Assert.Equal(TimelineStatus.Upcoming, TimelineService.StatusOf(ResolvedDate.OfMonth(2007, 12), new DateOnly(2007, 12, 7)));
    }
}
