using System.Globalization;
using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Dates;

/// <summary>Finds date expressions in a sentence: weekdays, month and day, part of a month, month, year, today.</summary>
public static partial class DateExpressionFinder
{
    private const string MonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December"
        + @"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.";

    private const string WeekdayNames = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>The date expressions of <paramref name="sentence"/>, in order of appearance, never overlapping.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <returns>The expressions found.</returns>
    public static IReadOnlyList<DateExpression> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<DateExpression>();

        // Most specific first; a later pattern never takes text an earlier one matched.
        foreach (Match m in MonthDayYear().Matches(sentence))
        {
            Add(found, new DateExpression(m.Value, m.Index, DateExpressionKind.MonthDay)
            {
                Month = ParseMonth(m.Groups["month"].Value),
                Day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture),
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            });
        }

        foreach (Match m in DayMonthYear().Matches(sentence))
        {
            Add(found, new DateExpression(m.Value, m.Index, DateExpressionKind.MonthDay)
            {
                Month = ParseMonth(m.Groups["month"].Value),
                Day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture),
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            });
        }

        foreach (Match m in PartOfMonth().Matches(sentence))
        {
            var part = m.Groups["part"].Value.ToUpperInvariant() switch
            {
                "EARLY" => MonthPart.Early,
                "LATE" => MonthPart.Late,
                _ => MonthPart.Mid,
            };
            Add(found, new DateExpression(m.Value, m.Index, DateExpressionKind.PartOfMonth)
            {
                Month = ParseMonth(m.Groups["month"].Value),
                Part = part,
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            });
        }

        foreach (Match m in MonthAlone().Matches(sentence))
        {
            var g = m.Groups["expr"];
            Add(found, new DateExpression(g.Value, g.Index, DateExpressionKind.Month)
            {
                Month = ParseMonth(m.Groups["month"].Value),
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            });
        }

        foreach (Match m in YearAlone().Matches(sentence))
        {
            var g = m.Groups["year"];
            Add(found, new DateExpression(g.Value, g.Index, DateExpressionKind.Year)
            {
                Year = int.Parse(g.Value, CultureInfo.InvariantCulture),
            });
        }

        foreach (Match m in Weekday().Matches(sentence))
        {
            var g = m.Groups["day"];
            Add(found, new DateExpression(g.Value, g.Index, DateExpressionKind.Weekday)
            {
                Weekday = Enum.Parse<DayOfWeek>(g.Value, ignoreCase: false),
                Direction = m.Groups["dir"].Value.ToUpperInvariant() switch
                {
                    "LAST" => -1,
                    "NEXT" => 1,
                    _ => 0,
                },
            });
        }

        foreach (Match m in RelativeDay().Matches(sentence))
        {
            Add(found, new DateExpression(m.Value, m.Index, DateExpressionKind.RelativeDay)
            {
                OffsetDays = m.Value.ToUpperInvariant() switch
                {
                    "TOMORROW" => 1,
                    "YESTERDAY" => -1,
                    _ => 0,
                },
            });
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    private static void Add(List<DateExpression> found, DateExpression candidate)
    {
        var end = candidate.Index + candidate.Text.Length;
        if (!found.Exists(f => candidate.Index < f.Index + f.Text.Length && f.Index < end))
        {
            found.Add(candidate);
        }
    }

    private static int ParseMonth(string name)
    {
        var key = name.TrimEnd('.')[..3];
        var names = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
        return Array.FindIndex(names, n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase)) + 1;
    }

    [GeneratedRegex(@"\b(?<month>" + MonthNames + @")\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + MonthNames + @")(?:,?\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+|-\s*)(?<month>" + MonthNames + @")(?:\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex PartOfMonth();

    // A bare month name is a date only after a preposition ("in January"), so "May" the verb is never one.
    [GeneratedRegex(@"\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Ff]rom|[Dd]uring|[Ss]ince)\s+(?<expr>(?<month>" + MonthNames + @")(?:\s+(?<year>(?:19|20)\d\d)\b)?)")]
    private static partial Regex MonthAlone();

    // A bare number is a year only after a preposition ("since 1999"), so "resolution 1244" or "16,000" never is.
    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Dd]uring|[Oo]f)\s+(?<year>(?:1[89]|20)\d\d)\b(?![,.]\d)")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"(?:\b(?<dir>[Ll]ast|[Nn]ext)\s+)?\b(?<day>" + WeekdayNames + @")(?:'s|’s)?\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:[Tt]oday|[Tt]omorrow|[Yy]esterday)\b")]
    private static partial Regex RelativeDay();
}
