using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Dates;

namespace KosovoBot.Retrieval.Tests.Dates;

/// <summary>Dates read by meaning in invented sentences of an article published on Wednesday 2025-06-18.</summary>
public sealed class RelativeDateTests
{
    private static readonly DateOnly Wednesday = new(2025, 6, 18);

    // sentence, expression, ISO date, precision
    public static TheoryData<string, string, string, DatePrecision> Weekdays => new()
    {
        { "Bus drivers stopped work on Monday.", "Monday", "2025-06-16", DatePrecision.Day },
        { "The stoppage would continue until Saturday, the union said.", "Saturday", "2025-06-21", DatePrecision.Day },
        { "More buses were due by Sunday.", "Sunday", "2025-06-22", DatePrecision.Day },
        { "The council will vote on Friday.", "Friday", "2025-06-20", DatePrecision.Day },
        { "The depot is expected to reopen on Monday.", "Monday", "2025-06-23", DatePrecision.Day },
        { "The mayor said on Tuesday that the city would not step in.", "Tuesday", "2025-06-17", DatePrecision.Day },
        { "The mayor said on Monday that talks would resume next week.", "Monday", "2025-06-16", DatePrecision.Day },
        { "The arbitration officer has invited both sides to a hearing on Thursday.", "Thursday", "2025-06-19", DatePrecision.Day },
        { "A two-day summit that ended on Sunday failed to agree.", "Sunday", "2025-06-15", DatePrecision.Day },
        { "Wednesday's vote comes after weeks of talks.", "Wednesday", "2025-06-18", DatePrecision.Day },
        { "The strike began on Wednesday morning.", "Wednesday", "2025-06-18", DatePrecision.Day },
        { "Drivers will meet again on Wednesday.", "Wednesday", "2025-06-25", DatePrecision.Day },
        { "On Monday, hundreds of drivers walked out.", "Monday", "2025-06-16", DatePrecision.Day },
        { "The depot stays shut until Friday.", "Friday", "2025-06-20", DatePrecision.Day },
        { "The strike lasted until Tuesday.", "Tuesday", "2025-06-17", DatePrecision.Day },
        { "Drivers met on Saturday.", "Saturday", "2025-06-14", DatePrecision.Day },
        { "Drivers meet again this Friday.", "Friday", "2025-06-20", DatePrecision.Day },
    };

    public static TheoryData<string, string, string, DatePrecision> Relative => new()
    {
        { "Managers were ready to resume talks next week.", "next week", "2025-06-23", DatePrecision.Week },
        { "Talks broke down last week.", "last week", "2025-06-09", DatePrecision.Week },
        { "Crowds are expected this weekend.", "this weekend", "2025-06-21", DatePrecision.Week },
        { "The rosters, introduced last month, add split shifts.", "last month", "2025-05", DatePrecision.Month },
        { "Fares rise next month.", "next month", "2025-07", DatePrecision.Month },
        { "Split shifts were introduced last year.", "last year", "2024", DatePrecision.Year },
        { "He hoped for a deal by the end of the month.", "the end of the month", "2025-06", DatePrecision.PartOfMonth },
        { "Work should be finished by the end of the year.", "the end of the year", "2025", DatePrecision.PartOfYear },
        { "Drivers could strike again in two weeks.", "in two weeks", "2025-07-02", DatePrecision.Day },
        { "A ruling is due in 10 days.", "in 10 days", "2025-06-28", DatePrecision.Day },
        { "A report is due in three months.", "in three months", "2025-09", DatePrecision.Month },
        { "The depot closed three days ago.", "three days ago", "2025-06-15", DatePrecision.Day },
        { "The city will review the contract early next year.", "early next year", "2026", DatePrecision.PartOfYear },
        { "Fares rose in late 2023.", "late 2023", "2023", DatePrecision.PartOfYear },
        { "Closures may follow in the coming weeks.", "the coming weeks", "2025-06-19", DatePrecision.Week },
        { "Drivers voted this morning.", "this morning", "2025-06-18", DatePrecision.Day },
        { "Pay talks start at the beginning of next month.", "the beginning of next month", "2025-07", DatePrecision.PartOfMonth },
    };

    [Theory]
    [MemberData(nameof(Weekdays))]
    public void Resolve_Weekday_TakesItsDirectionFromItsClause(string sentence, string text, string iso, DatePrecision precision) =>
        AssertDate(sentence, text, iso, precision);

    [Theory]
    [MemberData(nameof(Relative))]
    public void Resolve_RelativeExpression_ResolvesAtItsPrecision(string sentence, string text, string iso, DatePrecision precision) =>
        AssertDate(sentence, text, iso, precision);

    [Fact]
    public void Resolve_TwoWeekdaysInOneSentence_EachFollowsItsOwnClause()
    {
        var dates = DateResolver.Resolve("The minister said on Monday that the depot would reopen by Friday.", Wednesday);

        Assert.Equal(["2025-06-16", "2025-06-20"], dates.Select(static d => d.Date.ToIsoString()));
    }

    [Fact]
    public void Resolve_ByTheEndOfTheMonth_IsTheLatePartOfThePublicationMonth()
    {
        var date = Assert.Single(DateResolver.Resolve("A deal is hoped for by the end of the month.", Wednesday)).Date;

        Assert.Equal(MonthPart.Late, date.Part);
        Assert.Equal("late June 2025", date.Describe());
    }

    [Theory]
    [InlineData("Talks resume next week.", "week of June 23, 2025")]
    [InlineData("Crowds are expected this weekend.", "weekend of June 21, 2025")]
    [InlineData("The city will review the contract early next year.", "early 2026")]
    [InlineData("Closures may follow in the coming weeks.", "the 4 weeks from June 19, 2025")]
    public void Describe_ShowsTheDateAtItsPrecision(string sentence, string described) =>
        Assert.Equal(described, Assert.Single(DateResolver.Resolve(sentence, Wednesday)).Date.Describe());

    [Theory]
    [InlineData("The mayor said on Tuesday that the city would wait.", "past ('said')")]
    [InlineData("The council will vote on Friday.", "future ('will')")]
    [InlineData("The depot stays shut until Friday.", "present ('stays')")]
    [InlineData("Talks resume next week.", "the week after publication")]
    public void Resolve_RecordsTheRuleThatDecided(string sentence, string rule) =>
        Assert.StartsWith(rule, Assert.Single(DateResolver.Resolve(sentence, Wednesday)).Rule, StringComparison.Ordinal);

    [Theory]
    [InlineData("The strike has lasted for two weeks.")]
    [InlineData("Drivers have waited years for a deal.")]
    [InlineData("The past year was hard for drivers.")]
    public void Resolve_DurationsAreNotDates(string sentence) => Assert.Empty(DateResolver.Resolve(sentence, Wednesday));

    [Fact]
    public void ResolvedDate_WeekAndPartOfYear_SpanTheirDays()
    {
        var week = ResolvedDate.OfWeek(new DateOnly(2025, 6, 23));
        var weekend = ResolvedDate.OfWeekend(new DateOnly(2025, 6, 21));
        var early = ResolvedDate.OfPartOfYear(2026, MonthPart.Early);

        Assert.Equal((new DateOnly(2025, 6, 23), new DateOnly(2025, 6, 29)), (week.Start, week.End));
        Assert.Equal((new DateOnly(2025, 6, 21), new DateOnly(2025, 6, 22)), (weekend.Start, weekend.End));
        Assert.True(weekend.IsWeekend);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30)), (early.Start, early.End));
        Assert.Equal("2026", early.ToIsoString());
        Assert.Equal("2025-06-23", week.ToIsoString());
    }

    private static void AssertDate(string sentence, string text, string iso, DatePrecision precision)
    {
        var mention = Assert.Single(DateResolver.Resolve(sentence, Wednesday), m => m.Text == text);

        Assert.Equal(iso, mention.Date.ToIsoString());
        Assert.Equal(precision, mention.Date.Precision);
        Assert.NotEmpty(mention.Rule);
    }
}
