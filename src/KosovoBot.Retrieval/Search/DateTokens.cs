using System.Globalization;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Keyword tokens for dates, so a question's date matches a statement's resolved date at whatever precision
/// the question gives: <c>y2007</c>, <c>m12</c>, <c>ym2007-12</c>, <c>md12-10</c>, <c>ymd2007-12-10</c>,
/// <c>dow1</c> (Monday), <c>mp01-late</c>.
/// </summary>
internal static class DateTokens
{
    /// <summary>Every token a resolved date answers to.</summary>
    public static IEnumerable<string> For(ResolvedDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        yield return Year(date.Year);
        if (date.Month is not { } month)
        {
            yield break;
        }

        yield return Month(month);
        yield return string.Create(CultureInfo.InvariantCulture, $"ym{date.Year:D4}-{month:D2}");
        if (date.Precision == DatePrecision.PartOfMonth && date.Part is { } part)
        {
            yield return PartOfMonth(month, part);
        }

        if (date.Precision == DatePrecision.Day && date.Day is { } day)
        {
            yield return MonthDay(month, day);
            yield return string.Create(CultureInfo.InvariantCulture, $"ymd{date.Year:D4}-{month:D2}-{day:D2}");
            yield return Weekday(date.Start.DayOfWeek);
        }
    }

    /// <summary>Token of a year.</summary>
    public static string Year(int year) => string.Create(CultureInfo.InvariantCulture, $"y{year:D4}");

    /// <summary>Token of a month in any year.</summary>
    public static string Month(int month) => string.Create(CultureInfo.InvariantCulture, $"m{month:D2}");

    /// <summary>Token of a day of a month in any year.</summary>
    public static string MonthDay(int month, int day) => string.Create(CultureInfo.InvariantCulture, $"md{month:D2}-{day:D2}");

    /// <summary>Token of a day of the week.</summary>
    public static string Weekday(DayOfWeek day) => string.Create(CultureInfo.InvariantCulture, $"dow{(int)day}");

    /// <summary>Token of part of a month in any year.</summary>
    public static string PartOfMonth(int month, MonthPart part) =>
        string.Create(CultureInfo.InvariantCulture, $"mp{month:D2}-{part.ToString().ToLowerInvariant()}");
}
