using System.Globalization;
using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Finds dates in a question ("december 10th", "10 Dec", "Monday", "late January", "1999") without resolving
/// them against a reference date: they are matched to statements by the parts they give.
/// </summary>
internal static partial class QuestionDateParser
{
    private const string MonthPattern =
        "january|february|march|april|may|june|july|august|september|october|november|december|" +
        "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The dates in <paramref name="question"/>, in order, not overlapping.</summary>
    public static IReadOnlyList<QuestionDate> Parse(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var found = new List<QuestionDate>();
        Add(found, IsoDate(), question, static m => DayTokens(
            Number(m, "year"), Number(m, "month"), Number(m, "day")));
        Add(found, MonthDay(), question, static m => DayTokens(
            Optional(m, "year"), MonthOf(m.Groups["month"].Value), Number(m, "day")));
        Add(found, DayMonth(), question, static m => DayTokens(
            Optional(m, "year"), MonthOf(m.Groups["month"].Value), Number(m, "day")));
        Add(found, PartOfMonth(), question, static m => PartTokens(m));
        Add(found, MonthYear(), question, static m => MonthTokens(m));
        Add(found, Weekday(), question, static m =>
            [DateTokens.Weekday(Enum.Parse<DayOfWeek>(m.Value, ignoreCase: true))]);
        Add(found, Year(), question, static m => [DateTokens.Year(Number(m, "year"))]);
        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(List<QuestionDate> found, Regex regex, string question, Func<Match, IReadOnlyList<string>?> tokens)
    {
        foreach (Match match in regex.Matches(question))
        {
            var end = match.Index + match.Length;
            if (found.Exists(f => f.Start < end && match.Index < f.End))
            {
                continue;
            }

            if (tokens(match) is { Count: > 0 } list)
            {
                found.Add(new QuestionDate(match.Index, end, list));
            }
        }
    }

    private static string[]? DayTokens(int? year, int month, int day)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        if (year is { } y)
        {
            return DateOnly.TryParseExact(
                string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{month:D2}-{day:D2}"), "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? [.. DateTokens.For(ResolvedDate.OfDay(date)).Where(static t => t.StartsWith("ymd", StringComparison.Ordinal))]
                : null;
        }

        return [DateTokens.MonthDay(month, day)];
    }

    private static string[] PartTokens(Match match)
    {
        var part = match.Groups["part"].Value.ToUpperInvariant() switch
        {
            "EARLY" => MonthPart.Early,
            "MID" or "MIDDLE" => MonthPart.Mid,
            _ => MonthPart.Late,
        };
        return [DateTokens.PartOfMonth(MonthOf(match.Groups["month"].Value), part)];
    }

    private static string[] MonthTokens(Match match)
    {
        var month = MonthOf(match.Groups["month"].Value);
        return Optional(match, "year") is { } year
            ? [string.Create(CultureInfo.InvariantCulture, $"ym{year:D4}-{month:D2}")]
            : [DateTokens.Month(month)];
    }

    private static int MonthOf(string name)
    {
        var prefix = name[..3].ToLowerInvariant();
        return Array.IndexOf(MonthPrefixes, prefix) + 1;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? Optional(Match match, string group) =>
        match.Groups[group].Success ? Number(match, group) : null;

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<month>" + MonthPattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + MonthPattern + @")\b\.?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<part>early|mid|middle|late|end of)[\s-]+(?:of\s+)?(?<month>january|february|march|april|june|july|august|september|october|november|december)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartOfMonth();

    // "may" and "march" alone are too often a verb to be read as a month without a day.
    [GeneratedRegex(@"\b(?<month>january|february|april|june|july|august|september|october|november|december)\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<year>1[89]\d{2}|20\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
