using System.Globalization;
using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Dates;

/// <summary>
/// Finds date expressions in a sentence: weekdays, month and day, part of a month or year, month, year, today,
/// this/next/last week (month, year, weekend), in N days (weeks, months, years), N days ago, the end of the month,
/// the coming weeks.
/// </summary>
public static partial class DateExpressionFinder
{
    private const string MonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December"
        + @"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.";

    private const string WeekdayNames = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private const string NumberWords = @"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of|a\s+few";

    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The date expressions of <paramref name="sentence"/>, in order of appearance, never overlapping.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <returns>The expressions found.</returns>
    public static IReadOnlyList<DateExpression> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<DateExpression>();
        var taken = new bool[sentence.Length];

        // Most specific first; a later pattern never takes text an earlier one matched.
        foreach (Match m in MonthDayYear().Matches(sentence))
        {
            Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.MonthDay)
            {
                Month = ParseMonth(m.Groups["month"].Value),
                Day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture),
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            });
        }

        foreach (Match m in DayMonthYear().Matches(sentence))
        {
            Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.MonthDay)
            {
                Month = ParseMonth(m.Groups["month"].Value),
                Day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture),
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            });
        }

        foreach (Match m in BoundaryOfPeriod().Matches(sentence))
        {
            var part = PartOf(m.Groups["part"].Value);
            var which = Relative(m.Groups["which"].Value);
            if (m.Groups["month"].Success)
            {
                Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.PartOfMonth)
                {
                    Month = ParseMonth(m.Groups["month"].Value),
                    Part = part,
                    Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
                });
            }
            else
            {
                var unit = UnitOf(m.Groups["unit"].Value);
                Add(found, taken, new DateExpression(m.Value, m.Index, unit switch
                {
                    DateUnit.Month => DateExpressionKind.PartOfMonth,
                    DateUnit.Year => DateExpressionKind.PartOfYear,
                    _ => DateExpressionKind.RelativeUnit,
                })
                {
                    Part = part,
                    Unit = unit,
                    Direction = which,
                });
            }
        }

        foreach (Match m in PartOfYear().Matches(sentence))
        {
            Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.PartOfYear)
            {
                Part = PartOf(m.Groups["part"].Value),
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
                Direction = Relative(m.Groups["which"].Value),
                Unit = DateUnit.Year,
            });
        }

        foreach (Match m in PartOfMonth().Matches(sentence))
        {
            Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.PartOfMonth)
            {
                Month = ParseMonth(m.Groups["month"].Value),
                Part = PartOf(m.Groups["part"].Value),
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            });
        }

        foreach (Match m in MonthAlone().Matches(sentence))
        {
            var g = m.Groups["expr"];
            Add(found, taken, new DateExpression(g.Value, g.Index, DateExpressionKind.Month)
            {
                Month = ParseMonth(m.Groups["month"].Value),
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            });
        }

        foreach (Match m in ComingPeriod().Matches(sentence))
        {
            Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.ComingPeriod)
            {
                Unit = UnitOf(m.Groups["unit"].Value),
            });
        }

        foreach (Match m in CountFromNow().Matches(sentence))
        {
            Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.Count)
            {
                Unit = UnitOf(m.Groups["unit"].Value),
                Amount = ParseNumber(m.Groups["n"].Value),
            });
        }

        foreach (Match m in CountAgo().Matches(sentence))
        {
            Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.Count)
            {
                Unit = UnitOf(m.Groups["unit"].Value),
                Amount = -ParseNumber(m.Groups["n"].Value),
            });
        }

        foreach (Match m in RelativeUnit().Matches(sentence))
        {
            Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.RelativeUnit)
            {
                Unit = UnitOf(m.Groups["unit"].Value),
                Direction = Relative(m.Groups["which"].Value),
            });
        }

        foreach (Match m in YearAlone().Matches(sentence))
        {
            var g = m.Groups["year"];
            Add(found, taken, new DateExpression(g.Value, g.Index, DateExpressionKind.Year)
            {
                Year = int.Parse(g.Value, CultureInfo.InvariantCulture),
            });
        }

        foreach (Match m in Weekday().Matches(sentence))
        {
            var g = m.Groups["day"];
            Add(found, taken, new DateExpression(g.Value, g.Index, DateExpressionKind.Weekday)
            {
                Weekday = Enum.Parse<DayOfWeek>(g.Value, ignoreCase: false),
                Direction = m.Groups["dir"].Value.ToUpperInvariant() switch
                {
                    "LAST" => -1,
                    "NEXT" => 1,
                    "THIS" or "THIS COMING" => 2,
                    _ => 0,
                },
            });
        }

        foreach (Match m in RelativeDay().Matches(sentence))
        {
            Add(found, taken, new DateExpression(m.Value, m.Index, DateExpressionKind.RelativeDay)
            {
                OffsetDays = m.Value.ToUpperInvariant() switch
                {
                    "TOMORROW" => 1,
                    "YESTERDAY" => -1,
                    _ => 0, // today, tonight, this morning
                },
            });
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    // A later pattern never takes characters an earlier one matched; marking characters keeps this linear.
    private static void Add(List<DateExpression> found, bool[] taken, DateExpression candidate)
    {
        var span = taken.AsSpan(candidate.Index, candidate.Text.Length);
        if (!span.Contains(true))
        {
            span.Fill(true);
            found.Add(candidate);
        }
    }

    private static MonthPart PartOf(string word) => word.ToUpperInvariant() switch
    {
        "EARLY" or "BEGINNING" or "START" => MonthPart.Early,
        "LATE" or "END" => MonthPart.Late,
        _ => MonthPart.Mid,
    };

    private static int Relative(string word) => word.ToUpperInvariant() switch
    {
        "NEXT" or "COMING" => 1,
        "LAST" => -1,
        _ => 0,
    };

    private static DateUnit UnitOf(string word) => word.ToUpperInvariant().TrimEnd('S') switch
    {
        "DAY" => DateUnit.Day,
        "WEEK" => DateUnit.Week,
        "WEEKEND" => DateUnit.Weekend,
        "MONTH" => DateUnit.Month,
        _ => DateUnit.Year,
    };

    private static int ParseNumber(string text)
    {
        var word = text.ToLowerInvariant();
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (word.StartsWith("a couple", StringComparison.Ordinal))
        {
            return 2;
        }

        if (word.StartsWith("a few", StringComparison.Ordinal))
        {
            return 3;
        }

        var at = Array.IndexOf(Numbers, word);
        return at >= 0 ? at : 1; // "a", "an"
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

    [GeneratedRegex(@"(?:\b(?<dir>[Ll]ast|[Nn]ext|[Tt]his(?:\s+coming)?)\s+)?\b(?<day>" + WeekdayNames + @")(?:'s|’s)?\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:[Tt]oday|[Tt]omorrow|[Yy]esterday|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening))\b")]
    private static partial Regex RelativeDay();

    // "by the end of the month", "at the start of next year", "the end of March", "the middle of the week".
    [GeneratedRegex(@"\b(?:[Tt]he\s+)?(?<part>end|beginning|start|middle)\s+of\s+(?:(?<month>" + MonthNames + @")(?:\s+(?<year>(?:19|20)\d\d)\b)?|(?:the\s+|(?<which>this|next|last)\s+)?(?<unit>week|month|year)\b)")]
    private static partial Regex BoundaryOfPeriod();

    // "early next year", "late 2024", "mid-this year".
    [GeneratedRegex(@"\b(?<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+|-\s*)(?:(?<which>this|next|last)\s+year\b|(?<year>(?:19|20)\d\d)\b)")]
    private static partial Regex PartOfYear();

    // "the coming weeks", "the next few days", "the weeks ahead": a period, not a day.
    [GeneratedRegex(@"\b(?:[Tt]he\s+(?:coming|next\s+few|next\s+several)\s+(?<unit>days|weeks|months)|[Tt]he\s+(?<unit>days|weeks|months)\s+ahead)\b")]
    private static partial Regex ComingPeriod();

    // "in two weeks", "within 10 days", "in a month's time".
    [GeneratedRegex(@"\b(?:[Ii]n|[Ww]ithin)\s+(?<n>" + NumberWords + @")\s+(?<unit>days?|weeks?|months?|years?)\b(?:['’]s?\s+time\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex CountFromNow();

    // "three days ago", "a year ago".
    [GeneratedRegex(@"\b(?<n>" + NumberWords + @")\s+(?<unit>days?|weeks?|months?|years?)\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountAgo();

    // "next week", "last month", "this year", "this weekend", "the coming week".
    [GeneratedRegex(@"\b(?:(?<which>[Tt]his|[Nn]ext|[Ll]ast)|[Tt]he\s+(?<which>coming))\s+(?<unit>week|weekend|month|year)\b(?!s)")]
    private static partial Regex RelativeUnit();
}
