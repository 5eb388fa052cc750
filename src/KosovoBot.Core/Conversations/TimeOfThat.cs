using System.Globalization;
using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;

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
            var day = published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            var status = date.Date.Start > published ? "still ahead"
                : date.Date.End < published ? "already past"
                : "the article's own day";
            return $"{text}: {status} as of the article ({day}); it says nothing later.";
        }

        if (HowLongAgo().IsMatch(question))
        {
            var published = statement.Source.Published;
            var days = date.Date.End < published ? published.DayNumber - date.Date.End.DayNumber : date.Date.Start.DayNumber - published.DayNumber;
            var side = date.Date.End < published ? "before" : "after";
            var day = published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            return date.Date.Start <= published && date.Date.End >= published
                ? $"{text}: the article's own day ({day})."
                : $"{text}: {Span(days)} {side} the article ({day}).";
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
        var day = statement.Source.Published.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);
        return $"The article gives no day for it; it was published on {day}.";
    }

    private static int Distance(string text, string mention, int at)
    {
        var index = text.IndexOf(mention, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? int.MaxValue : Math.Abs(index - at);
    }

    private static string Span(int days) => days switch
    {
        1 => "1 day",
        < 14 => string.Create(CultureInfo.InvariantCulture, $"{days} days"),
        < 60 => string.Create(CultureInfo.InvariantCulture, $"about {(int)Math.Round(days / 7.0)} weeks"),
        < 730 => string.Create(CultureInfo.InvariantCulture, $"about {(int)Math.Round(days / 30.44)} months"),
        _ => string.Create(CultureInfo.InvariantCulture, $"about {(int)Math.Round(days / 365.25)} years"),
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
