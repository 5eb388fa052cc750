using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Conversations;

/// <summary>
/// Answers "when was that?", "when could that happen?", "when did she say that?", "how long ago was that?" and "has
/// that happened yet?" from the dates of the statement the previous answer quoted, read against its article's
/// publication day: a question in the future or a modal ("will", "could") takes a date on or after that day, one in the past ("was", "did") a date on or
/// before it; among several, the one nearest the question's own verb in the statement ("the union could call a strike
/// in two weeks"), else the one inside the previous answer.
/// </summary>
public static partial class TimeOfThat
{
    private static readonly HashSet<string> Ahead = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "could", "can", "might", "may", "should", "shall", "going",
    };

    private static readonly HashSet<string> Behind = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "did", "had", "ago",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "by", "until", "till", "since", "from", "before", "after", "through",
    };

    /// <summary>The date of <paramref name="statement"/> that <paramref name="question"/> asks for, or null when it names none.</summary>
    public static DateMention? Pick(Statement statement, string previousAnswer, string question)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(previousAnswer);
        ArgumentNullException.ThrowIfNull(question);
        if (statement.Dates.Count == 0)
        {
            return null;
        }

        var words = Word().Matches(question).Select(static m => m.Value).ToList();
        var verb = AsksStatus(question) ? null : words.FirstOrDefault(w => Ahead.Contains(w) || Behind.Contains(w));
        var published = statement.Source.Published;
        var agreeing = verb is null
            ? []
            : statement.Dates.Where(d => Ahead.Contains(verb) ? d.Date.End >= published : d.Date.Start <= published).ToList();
        var dates = agreeing.Count > 0 ? agreeing : [.. statement.Dates];
        var text = statement.Text;
        var at = verb is null ? -1 : Word().Matches(text).FirstOrDefault(m => m.Value.Equals(verb, StringComparison.OrdinalIgnoreCase))?.Index ?? -1;
        if (at >= 0)
        {
            return dates.MinBy(d => Distance(text, d.Text, at));
        }

        return dates.FirstOrDefault(d => previousAnswer.Contains(d.Text, StringComparison.OrdinalIgnoreCase)) ?? dates[0];
    }

    /// <summary>
    /// The answer's text: the statement's own words for the date and the date they mean ("In two weeks (Tuesday,
    /// March 26, 2024)."), and for "how long ago" how far it lies from the article's day.
    /// </summary>
    public static string Describe(Statement statement, DateMention date, string question)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(question);
        var described = date.Date.Describe();
        var own = date.Text.Equals(described, StringComparison.OrdinalIgnoreCase) || described.Contains(date.Text, StringComparison.OrdinalIgnoreCase)
            ? described
            : $"{date.Text} ({described})";
        var index = statement.Text.IndexOf(date.Text, StringComparison.OrdinalIgnoreCase);
        var before = index > 0 ? Word().Matches(statement.Text[..index]).LastOrDefault()?.Value : null;
        var text = before is not null && Prepositions.Contains(before) && !own.StartsWith(before + " ", StringComparison.OrdinalIgnoreCase)
            ? $"{before} {own}"
            : own;
        text = char.ToUpperInvariant(text[0]) + text[1..];
        if (AsksStatus(question))
        {
            var published = statement.Source.Published;
            var status = date.Date.Start > published ? BotMessages.TimeStillAhead
                : date.Date.End < published ? BotMessages.TimeAlreadyPast
                : BotMessages.TimeArticleDayStatus;
            return BotText.Format(status, text, published);
        }

        if (HowLongAgo().IsMatch(question))
        {
            var published = statement.Source.Published;
            var days = date.Date.End < published ? published.DayNumber - date.Date.End.DayNumber : date.Date.Start.DayNumber - published.DayNumber;
            var side = date.Date.End < published ? BotMessages.TimeBeforeArticle : BotMessages.TimeAfterArticle;
            return date.Date.Start <= published && date.Date.End >= published
                ? BotText.Format(BotMessages.TimeArticleDay, text, published)
                : BotText.Format(side, text, Span(days), published);
        }

        return text + ".";
    }

    /// <summary>True for "has that happened yet?", "is it over?", "is that still ahead?": where the date stood on the article's day.</summary>
    public static bool AsksStatus(string question) => Status().IsMatch(question ?? string.Empty);

    /// <summary>True for "when did she say that?": the time of the saying, not of what was said.</summary>
    public static bool AsksWhenSaid(string question) => SaidThat().IsMatch(question ?? string.Empty);

    /// <summary>What the article tells of when an undated statement was made: by its publication day.</summary>
    public static string Undated(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return BotText.Format(BotMessages.TimeUndated, statement.Source.Published);
    }

    private static int Distance(string text, string mention, int at)
    {
        var index = text.IndexOf(mention, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? int.MaxValue : Math.Abs(index - at);
    }

    private static string Span(int days) => days switch
    {
        1 => BotMessages.SpanOneDay,
        < 14 => BotText.Format(BotMessages.SpanDays, days),
        < 60 => BotText.Format(BotMessages.SpanWeeks, (int)Math.Round(days / 7.0)),
        < 730 => BotText.Format(BotMessages.SpanMonths, (int)Math.Round(days / 30.44)),
        _ => BotText.Format(BotMessages.SpanYears, (int)Math.Round(days / 365.25)),
    };

    [GeneratedRegex(@"\b(?:say|said|tell|told|announce|announced|warn|warned|add|added|promise|promised)\s+(?:that|this|it)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SaidThat();

    [GeneratedRegex(@"^\s*(?:and\s+|so\s+)?(?:has|have|had|did|is|was)\s+(?:that|it|this)\s+(?:already\s+)?(?:happened|happen|passed|started|start|begun|begin|ended|end|finished|taken\s+place|take\s+place|over|past|still\s+(?:on|ahead|to\s+come|going\s+on|coming))(?:\s+(?:yet|already|now))?\s*[?.!]*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Status();

    [GeneratedRegex(@"\bhow\s+long\s+ago\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HowLongAgo();

    [GeneratedRegex(@"[\p{L}][\p{L}'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
