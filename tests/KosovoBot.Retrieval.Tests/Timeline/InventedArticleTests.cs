using KosovoBot.Core.Answers;
using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Timeline;

/// <summary>
/// Three invented articles (a bus strike published on a Wednesday, a summit on a Sunday, a bridge closure on a
/// Saturday) loaded together, their dates, statuses and quotations checked by hand, end to end.
/// </summary>
public sealed class InventedArticleTests : IDisposable
{
    private readonly RetrievalHarness _harness = new(RetrievalHarness.Load("invented"));

    // article id, words of the sentence, ISO date, status
    public static TheoryData<string, string, string, TimelineStatus> Dates => new()
    {
        { "tlc-aldmoor-bus-strike", "stopped work on Monday", "2025-06-16", TimelineStatus.Past },
        { "tlc-aldmoor-bus-strike", "would continue until Saturday", "2025-06-21", TimelineStatus.Upcoming },
        { "tlc-aldmoor-bus-strike", "introduced last month", "2025-05", TimelineStatus.Past },
        { "tlc-aldmoor-bus-strike", "ran out on May 31", "2025-05-31", TimelineStatus.Past },
        { "tlc-aldmoor-bus-strike", "the buses run tomorrow", "2025-06-19", TimelineStatus.Upcoming },
        { "tlc-aldmoor-bus-strike", "would meet drivers next week", "2025-06-23", TimelineStatus.Upcoming },
        { "tlc-aldmoor-bus-strike", "a hearing on Thursday", "2025-06-19", TimelineStatus.Upcoming },
        { "tlc-aldmoor-bus-strike", "by the end of the month", "2025-06", TimelineStatus.Upcoming },
        { "tlc-aldmoor-bus-strike", "strike again in two weeks", "2025-07-02", TimelineStatus.Upcoming },
        { "tlc-aldmoor-bus-strike", "last raised in 2021", "2021", TimelineStatus.Past },
        { "tlc-aldmoor-bus-strike", "Clara Jennings said on Tuesday", "2025-06-17", TimelineStatus.Past },
        { "tlc-aldmoor-bus-strike", "early next year", "2026", TimelineStatus.Upcoming },
        { "nrs-lakeside-summit", "ended on Wednesday", "2026-02-11", TimelineStatus.Past },
        { "nrs-lakeside-summit", "dry out by April", "2026-04", TimelineStatus.Upcoming },
        { "nrs-lakeside-summit", "resume next weekend", "2026-02-21", TimelineStatus.Upcoming },
        { "nrs-lakeside-summit", "due in three months", "2026-05", TimelineStatus.Upcoming },
        { "nrs-lakeside-summit", "met three days ago", "2026-02-12", TimelineStatus.Past },
        { "nrs-lakeside-summit", "in the coming weeks", "2026-02-16", TimelineStatus.Upcoming },
        { "cwd-harwick-bridge", "closed since October 2019", "2019-10", TimelineStatus.Past },
        { "cwd-harwick-bridge", "inspected the bridge on Thursday", "2023-10-05", TimelineStatus.Past },
        { "cwd-harwick-bridge", "office said on Friday", "2023-10-06", TimelineStatus.Past },
        { "cwd-harwick-bridge", "start next month", "2023-11", TimelineStatus.Upcoming },
        { "cwd-harwick-bridge", "by the end of the year", "2023", TimelineStatus.Upcoming },
        { "cwd-harwick-bridge", "crossings from Monday", "2023-10-09", TimelineStatus.Upcoming },
    };

    // surname, speaker, the quotation exactly
    public static TheoryData<string, string, string> Quotes => new()
    {
        { "Whitlock", "Dana Whitlock", "Nobody here wanted to leave the depot, but the rosters break people," },
        { "Whitlock", "Dana Whitlock", "Give us a fair timetable and the buses run tomorrow. Until then, the depot stays closed." },
        { "Osei", "Rafael Osei", "Without them we lose four million a year," },
        { "Marchetti", "Ivy Marchetti", "for as long as volunteers come forward" },
        { "Reyes", "Anton Reyes", "We cannot ask farmers to wait another season," },
        { "Reyes", "Anton Reyes", "The fields dry out by April." },
        { "Reyes", "Anton Reyes", "If the others want a deal, they know where to find us." },
        { "Okafor", "Lena Okafor", "a wasted opportunity for the whole region" },
        { "Amadi", "Ruth Amadi", "We will not reopen a structure we cannot vouch for," },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Timeline_InventedArticle_ListsEachDateByMeaningWithItsStatus(string article, string words, string iso, TimelineStatus status)
    {
        var items = _harness.Timeline.GetTimeline().Items
            .Where(i => i.Evidence.Source.Id == article && i.Evidence.Quote.Contains(words, StringComparison.Ordinal))
            .ToList();

        Assert.Contains(items, i => i.Date.ToIsoString() == iso && i.Status == status);
    }

    [Fact]
    public void Timeline_ArticlesOfDifferentDates_JudgeEachItemAsOfItsOwnArticle()
    {
        var items = _harness.Timeline.GetTimeline().Items;

        // November 2023 is long past by the newest article (2026), but upcoming for the bridge article of October 2023.
        var november = Assert.Single(items, static i => i.Date.ToIsoString() == "2023-11");
        Assert.Equal(TimelineStatus.Upcoming, november.Status);
        Assert.Equal(items.OrderBy(static i => i.Date).Select(static i => i.Date), items.Select(static i => i.Date));
    }

    [Theory]
    [MemberData(nameof(Quotes))]
    public void Quote_BySurname_ReturnsTheWholeQuotationWithItsSpeaker(string surname, string speaker, string quotation)
    {
        var quotes = _harness.Quotes.Find(surname).Quotes;

        Assert.Contains(quotes, q => q.Quote == quotation && q.Speaker == speaker);
        Assert.All(quotes, q => Assert.Equal(speaker, q.Speaker));
    }

    [Fact]
    public void Quote_Bridge_IsNeverASpeaker()
    {
        var statements = _harness.Provider.Current.Statements;

        Assert.DoesNotContain(statements, static s => string.Equals(s.Speaker, "bridge", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("city", Assert.Single(statements, static s => s.Text.StartsWith("The Harwick road bridge", StringComparison.Ordinal)).Speaker);
    }

    public void Dispose() => _harness.Dispose();
}
