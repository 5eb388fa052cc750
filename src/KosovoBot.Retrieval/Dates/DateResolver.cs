using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Dates;

/// <summary>
/// Resolves the date expressions of a sentence against the article's publication date by what the sentence means,
/// keeping only the precision the text gives (a weekday or "December 10" is a day, "next week" a week, "late
/// January" part of a month, "early next year" part of a year, "since 1999" a year).
/// </summary>
/// <remarks>
/// A weekday takes its direction from its own clause (<see cref="TenseReader"/>): a future, an arrangement or a
/// limit ("will meet on Thursday", "invited to a meeting on Thursday", "until Friday", "due by Sunday") is the
/// coming one; a past tense ("said on Monday", "ended on Wednesday") or no marker at all is the latest one on or
/// before the publication day. The publication weekday is that day unless the clause speaks of the future.
/// "last"/"next"/"this" before a weekday decide on their own. A month without a year takes the year that puts it
/// nearest the publication date (within six months either way). Weeks start on Monday; "next week" is the week after
/// the publication's, "this weekend" the Saturday and Sunday of the publication's week, "in two weeks" the day
/// fourteen days on, "by the end of the month" the late part of the publication's month.
/// </remarks>
public static class DateResolver
{
    /// <summary>Finds and resolves the dates of <paramref name="sentence"/>.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="published">The article's publication date.</param>
    /// <returns>The dates, in order of appearance, each with the rule that resolved it.</returns>
    public static IReadOnlyList<DateMention> Resolve(string sentence, DateOnly published)
    {
        var expressions = DateExpressionFinder.Find(sentence);
        if (expressions.Count == 0)
        {
            return [];
        }

        return [.. expressions.Select(e =>
        {
            var (reference, word) = TenseReader.Read(sentence, e.Index, e.Text.Length);
            var (date, rule) = Resolve(e, published, reference, word);
            return new DateMention(e.Text, date) { Rule = rule };
        })];
    }

    /// <summary>Resolves one expression.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="published">The article's publication date.</param>
    /// <param name="reference">Which way the clause around it points.</param>
    /// <param name="word">The word that decided <paramref name="reference"/>, for the rule's text.</param>
    /// <returns>The date at the precision the expression gives, and the rule that gave it.</returns>
    public static (ResolvedDate Date, string Rule) Resolve(DateExpression expression, DateOnly published, TimeReference reference, string word)
    {
        ArgumentNullException.ThrowIfNull(expression);
        switch (expression.Kind)
        {
            case DateExpressionKind.Weekday:
                return Weekday(expression, published, reference, word);
            case DateExpressionKind.RelativeDay:
                var offset = expression.OffsetDays!.Value;
                return (ResolvedDate.OfDay(published.AddDays(offset)), offset switch
                {
                    0 => "the publication day",
                    1 => "the day after publication",
                    _ => "the day before publication",
                });
            case DateExpressionKind.MonthDay:
                var month = expression.Month!.Value;
                var year = expression.Year ?? NearestYear(published, month);
                var day = Math.Min(expression.Day!.Value, DateTime.DaysInMonth(year, month));
                return (ResolvedDate.OfDay(new DateOnly(year, month, day)), YearRule(expression));
            case DateExpressionKind.PartOfMonth:
                return PartOfMonth(expression, published);
            case DateExpressionKind.Month:
                var mo = expression.Month!.Value;
                return (ResolvedDate.OfMonth(expression.Year ?? NearestYear(published, mo), mo), YearRule(expression));
            case DateExpressionKind.RelativeUnit:
                return RelativeUnit(expression, published);
            case DateExpressionKind.Count:
                return Count(expression, published);
            case DateExpressionKind.PartOfYear:
                var y = expression.Year ?? published.Year + expression.Direction;
                return (ResolvedDate.OfPartOfYear(y, expression.Part!.Value), expression.Year is null
                    ? $"{Part(expression.Part)} part of the year {Which(expression.Direction)} publication"
                    : $"{Part(expression.Part)} part of the year as written");
            case DateExpressionKind.ComingPeriod:
                var days = expression.Unit switch
                {
                    DateUnit.Day => 7,
                    DateUnit.Week => 28,
                    _ => 91,
                };
                return (ResolvedDate.OfPeriod(published.AddDays(1), days), "a period after publication, not a day");
            default:
                return (ResolvedDate.OfYear(expression.Year!.Value), "the year as written");
        }
    }

    /// <summary>The Monday of the week holding <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static (ResolvedDate, string) Weekday(DateExpression expression, DateOnly published, TimeReference reference, string word)
    {
        var delta = (int)expression.Weekday!.Value - (int)published.DayOfWeek;
        var forward = (delta + 7) % 7;
        var back = forward == 0 ? 0 : forward - 7;
        var name = expression.Weekday.Value.ToString();
        switch (expression.Direction)
        {
            case -1:
                return (ResolvedDate.OfDay(published.AddDays(back == 0 ? -7 : back)), $"'last': the {name} before publication");
            case 1:
                return (ResolvedDate.OfDay(published.AddDays(forward == 0 ? 7 : forward)), $"'next': the {name} after publication");
            case 2:
                return (ResolvedDate.OfDay(published.AddDays(forward)), $"'this': the {name} of the publication's week, on or after publication");
        }

        switch (reference)
        {
            case TimeReference.Future:
                return (ResolvedDate.OfDay(published.AddDays(forward == 0 ? 7 : forward)), $"future ('{word}'): the coming {name}");
            case TimeReference.Deadline:
                return (ResolvedDate.OfDay(published.AddDays(forward)), $"limit ('{word}'): the coming {name}");
            case TimeReference.Present when forward != 0:
                return (ResolvedDate.OfDay(published.AddDays(forward)), $"present ('{word}'): the coming {name}");
            default:
                if (forward == 0)
                {
                    return (ResolvedDate.OfDay(published), $"the publication day, a {name}");
                }

                var why = reference == TimeReference.Past ? $"past ('{word}')" : "no tense marker";
                return (ResolvedDate.OfDay(published.AddDays(back)), $"{why}: the latest {name} on or before publication");
        }
    }

    private static (ResolvedDate, string) PartOfMonth(DateExpression expression, DateOnly published)
    {
        if (expression.Month is { } m)
        {
            return (ResolvedDate.OfPartOfMonth(expression.Year ?? NearestYear(published, m), m, expression.Part!.Value), YearRule(expression));
        }

        // "by the end of the month", "at the start of next month"
        var month = new DateOnly(published.Year, published.Month, 1).AddMonths(expression.Direction);
        return (ResolvedDate.OfPartOfMonth(month.Year, month.Month, expression.Part!.Value),
            $"{Part(expression.Part)} part of the month {Which(expression.Direction)} publication");
    }

    private static (ResolvedDate, string) RelativeUnit(DateExpression expression, DateOnly published)
    {
        var n = expression.Direction;
        switch (expression.Unit)
        {
            case DateUnit.Week:
                return (ResolvedDate.OfWeek(MondayOf(published).AddDays(7 * n)), $"the week {Which(n)} publication (weeks start on Monday)");
            case DateUnit.Weekend:
                // The Saturday of the publication's week (Monday to Sunday), a week on or back.
                var saturday = MondayOf(published).AddDays(5 + (7 * n));
                return (ResolvedDate.OfWeekend(saturday), $"the weekend {Which(n)} publication");
            case DateUnit.Month:
                var month = new DateOnly(published.Year, published.Month, 1).AddMonths(n);
                return (ResolvedDate.OfMonth(month.Year, month.Month), $"the month {Which(n)} publication");
            case DateUnit.Year:
                return (ResolvedDate.OfYear(published.Year + n), $"the year {Which(n)} publication");
            default:
                return (ResolvedDate.OfDay(published.AddDays(n)), "days from publication");
        }
    }

    private static (ResolvedDate, string) Count(DateExpression expression, DateOnly published)
    {
        var n = expression.Amount;
        var how = n < 0 ? "before" : "after";
        var size = Math.Abs(n);
        switch (expression.Unit)
        {
            case DateUnit.Day:
                return (ResolvedDate.OfDay(published.AddDays(n)), $"{size} days {how} publication");
            case DateUnit.Week or DateUnit.Weekend:
                return (ResolvedDate.OfDay(published.AddDays(7 * n)), $"{7 * size} days {how} publication");
            case DateUnit.Month:
                var month = published.AddMonths(n);
                return (ResolvedDate.OfMonth(month.Year, month.Month), $"the month {size} months {how} publication");
            default:
                return (ResolvedDate.OfYear(published.Year + n), $"the year {size} years {how} publication");
        }
    }

    private static string YearRule(DateExpression expression) =>
        expression.Year is null ? "no year given: the year that puts it nearest publication" : "as written";

    private static string Which(int direction) => direction switch
    {
        < 0 => "before",
        > 0 => "after",
        _ => "of",
    };

    private static string Part(MonthPart? part) => part?.ToString().ToLowerInvariant() ?? "mid";

    private static int NearestYear(DateOnly published, int month)
    {
        var monthsAhead = month - published.Month;
        return monthsAhead switch
        {
            < -6 => published.Year + 1,
            > 6 => published.Year - 1,
            _ => published.Year,
        };
    }
}
