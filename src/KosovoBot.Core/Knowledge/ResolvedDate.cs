using System.Globalization;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Knowledge;

/// <summary>
/// A calendar date resolved from text, carrying only the precision the text gave:
/// a year, part of a year, a month, part of a month, a week (or weekend, or a span of weeks) or a day.
/// </summary>
public sealed record ResolvedDate : IComparable<ResolvedDate>
{
    private readonly int _spanDays;

    private ResolvedDate(int year, int? month, int? day, MonthPart? part, DatePrecision precision, int spanDays = 1)
    {
        Year = year;
        Month = month;
        Day = day;
        Part = part;
        Precision = precision;
        _spanDays = spanDays;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12) unless the precision is a year.</summary>
    public int? Month { get; }

    /// <summary>The day of the month when the precision is a day, or the first day of a week.</summary>
    public int? Day { get; }

    /// <summary>The part of the month (or of the year) when the precision is part of a month (or of a year).</summary>
    public MonthPart? Part { get; }

    /// <summary>How much of the date the text gave.</summary>
    public DatePrecision Precision { get; }

    /// <summary>A date known to the day.</summary>
    public static ResolvedDate OfDay(DateOnly date) => new(date.Year, date.Month, date.Day, null, DatePrecision.Day);

    /// <summary>A date known to the month.</summary>
    public static ResolvedDate OfMonth(int year, int month) => new(year, CheckMonth(month), null, null, DatePrecision.Month);

    /// <summary>A date known to part of a month.</summary>
    public static ResolvedDate OfPartOfMonth(int year, int month, MonthPart part) =>
        new(year, CheckMonth(month), null, part, DatePrecision.PartOfMonth);

    /// <summary>A date known to the year.</summary>
    public static ResolvedDate OfYear(int year) => new(year, null, null, null, DatePrecision.Year);

    /// <summary>A date known to part of a year ("early 2025"): early is January to April, mid May to August, late September to December.</summary>
    public static ResolvedDate OfPartOfYear(int year, MonthPart part) => new(year, null, null, part, DatePrecision.PartOfYear);

    /// <summary>The week starting on <paramref name="monday"/>.</summary>
    public static ResolvedDate OfWeek(DateOnly monday) => new(monday.Year, monday.Month, monday.Day, null, DatePrecision.Week, 7);

    /// <summary>The weekend starting on <paramref name="saturday"/>.</summary>
    public static ResolvedDate OfWeekend(DateOnly saturday) => new(saturday.Year, saturday.Month, saturday.Day, null, DatePrecision.Week, 2);

    /// <summary>A span of days known only as a period ("the coming weeks"): <paramref name="days"/> days from <paramref name="start"/>.</summary>
    public static ResolvedDate OfPeriod(DateOnly start, int days) =>
        new(start.Year, start.Month, start.Day, null, DatePrecision.Week, days > 0 ? days : throw new ArgumentOutOfRangeException(nameof(days)));

    /// <summary>The first day the date can mean; used for ordering and past/upcoming.</summary>
    public DateOnly Start => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value),
        DatePrecision.PartOfMonth => new DateOnly(Year, Month!.Value, Part switch
        {
            MonthPart.Early => 1,
            MonthPart.Mid => 11,
            _ => 21,
        }),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, 1),
        DatePrecision.Week => new DateOnly(Year, Month!.Value, Day!.Value),
        DatePrecision.PartOfYear => new DateOnly(Year, Part switch
        {
            MonthPart.Early => 1,
            MonthPart.Mid => 5,
            _ => 9,
        }, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day the date can mean.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.PartOfMonth => Part switch
        {
            MonthPart.Early => new DateOnly(Year, Month!.Value, 10),
            MonthPart.Mid => new DateOnly(Year, Month!.Value, 20),
            _ => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month!.Value)),
        },
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month!.Value)),
        DatePrecision.Week => Start.AddDays(_spanDays - 1),
        DatePrecision.PartOfYear => Part switch
        {
            MonthPart.Early => new DateOnly(Year, 4, 30),
            MonthPart.Mid => new DateOnly(Year, 8, 31),
            _ => new DateOnly(Year, 12, 31),
        },
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>True for a weekend (a two-day <see cref="DatePrecision.Week"/>).</summary>
    public bool IsWeekend => Precision == DatePrecision.Week && _spanDays == 2;

    /// <summary>
    /// ISO 8601 text at the date's precision: <c>2007-12-10</c> for a day, the first day for a week or weekend,
    /// <c>2008-01</c> for a month or part of one, <c>1999</c> for a year or part of one.
    /// </summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day or DatePrecision.Week => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month or DatePrecision.PartOfMonth => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// How a person reads it: <c>Monday, December 10, 2007</c>, <c>week of March 18, 2024</c>, <c>late January 2008</c>,
    /// <c>early 2025</c>, <c>1999</c>.
    /// </summary>
    public string Describe() => Precision switch
    {
        DatePrecision.Day => BotText.Format(BotMessages.DateDay, Start),
        DatePrecision.PartOfMonth => BotText.Format(BotMessages.DatePartOfMonth, PartName(), Start),
        DatePrecision.Month => BotText.Format(BotMessages.DateMonth, Start),
        DatePrecision.Week => _spanDays switch
        {
            2 => BotText.Format(BotMessages.DateWeekend, Start),
            7 => BotText.Format(BotMessages.DateWeek, Start),
            _ => BotText.Format(BotMessages.DateWeeks, _spanDays / 7, Start),
        },
        DatePrecision.PartOfYear => BotText.Format(BotMessages.DatePartOfYear, PartName(), Year),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    private string PartName() => Part switch
    {
        MonthPart.Early => BotMessages.DateEarly,
        MonthPart.Mid => BotMessages.DateMid,
        _ => BotMessages.DateLate,
    };

    /// <inheritdoc />
    public int CompareTo(ResolvedDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <inheritdoc />
    public override string ToString() => ToIsoString();

    /// <summary>True when <paramref name="left"/> starts before <paramref name="right"/>.</summary>
    public static bool operator <(ResolvedDate? left, ResolvedDate? right) => Compare(left, right) < 0;

    /// <summary>True when <paramref name="left"/> starts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(ResolvedDate? left, ResolvedDate? right) => Compare(left, right) <= 0;

    /// <summary>True when <paramref name="left"/> starts after <paramref name="right"/>.</summary>
    public static bool operator >(ResolvedDate? left, ResolvedDate? right) => Compare(left, right) > 0;

    /// <summary>True when <paramref name="left"/> starts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(ResolvedDate? left, ResolvedDate? right) => Compare(left, right) >= 0;

    private static int Compare(ResolvedDate? left, ResolvedDate? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static int CheckMonth(int month) =>
        month is >= 1 and <= 12 ? month : throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
}
