using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Dates;

/// <summary>
/// Resolves the date expressions of a sentence against the article's publication date, keeping only the
/// precision the text gives (a weekday or "December 10" is a day, "late January" part of a month, "since 1999" a year).
/// </summary>
/// <remarks>
/// A weekday equal to the publication's weekday is the publication day. Another weekday is the next one when
/// the sentence speaks of the future ("will", "are expected to", "is due", "next") and the previous one
/// otherwise, since news copy reports what already happened. A month without a year takes the year that
/// puts it nearest the publication date (within six months either way), so "late January" in a December
/// article is the coming January and "December 10" is the same December.
/// </remarks>
public static partial class DateResolver
{
    /// <summary>Finds and resolves the dates of <paramref name="sentence"/>.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="published">The article's publication date.</param>
    /// <returns>The dates, in order of appearance.</returns>
    public static IReadOnlyList<DateMention> Resolve(string sentence, DateOnly published)
    {
        var expressions = DateExpressionFinder.Find(sentence);
        if (expressions.Count == 0)
        {
            return [];
        }

        var future = IsFuture(sentence);
        return [.. expressions.Select(e => new DateMention(e.Text, Resolve(e, published, future)))];
    }

    /// <summary>Resolves one expression.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="published">The article's publication date.</param>
    /// <param name="future">Whether the sentence speaks of the future.</param>
    /// <returns>The date at the precision the expression gives.</returns>
    public static ResolvedDate Resolve(DateExpression expression, DateOnly published, bool future)
    {
        ArgumentNullException.ThrowIfNull(expression);
        switch (expression.Kind)
        {
            case DateExpressionKind.Weekday:
                var delta = (int)expression.Weekday!.Value - (int)published.DayOfWeek;
                if (delta == 0 && expression.Direction == 0)
                {
                    return ResolvedDate.OfDay(published);
                }

                var forward = (delta + 7) % 7;
                var back = forward - 7;
                forward = forward == 0 ? 7 : forward; // "next Friday" on a Friday is a week on; "last Friday" a week back
                var ahead = expression.Direction == 0 ? future : expression.Direction > 0;
                return ResolvedDate.OfDay(published.AddDays(ahead ? forward : back));
            case DateExpressionKind.RelativeDay:
                return ResolvedDate.OfDay(published.AddDays(expression.OffsetDays!.Value));
            case DateExpressionKind.MonthDay:
                var month = expression.Month!.Value;
                var year = expression.Year ?? NearestYear(published, month);
                var day = Math.Min(expression.Day!.Value, DateTime.DaysInMonth(year, month));
                return ResolvedDate.OfDay(new DateOnly(year, month, day));
            case DateExpressionKind.PartOfMonth:
                var m = expression.Month!.Value;
                return ResolvedDate.OfPartOfMonth(expression.Year ?? NearestYear(published, m), m, expression.Part!.Value);
            case DateExpressionKind.Month:
                var mo = expression.Month!.Value;
                return ResolvedDate.OfMonth(expression.Year ?? NearestYear(published, mo), mo);
            default:
                return ResolvedDate.OfYear(expression.Year!.Value);
        }
    }

    /// <summary>Whether <paramref name="sentence"/> speaks of something still to come.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <returns>True for future-tense wording.</returns>
    public static bool IsFuture(string sentence) => FutureWording().IsMatch(sentence);

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

    [GeneratedRegex(@"\b(?:will|shall|(?:is|are|was|were)\s+(?:expected|due|scheduled|set|going)\s+to|(?:is|are)\s+due|plans?\s+to|next|upcoming|later\s+this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureWording();
}
