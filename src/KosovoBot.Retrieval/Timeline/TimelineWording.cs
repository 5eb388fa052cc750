using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Timeline;

/// <summary>Kind and short description of a dated event, taken from the words of its sentence.</summary>
internal static partial class TimelineWording
{
    private const int MaxWords = 16;

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "comes", "came", "come", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says",
        "that", "which", "who", "when", "while", "and", "but",
    };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "announced", "added", "warned", "stated", "confirmed", "reported", "insisted", "declared",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "since", "until", "till", "by", "before", "after", "from", "through", "around", "at",
    };

    /// <summary>
    /// <c>deadline</c> when the sentence calls the date a deadline; otherwise against the article's date:
    /// <c>background</c> before it, <c>expected</c> after it, <c>event</c> on it.
    /// </summary>
    public static string KindOf(Statement statement, DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(mention);
        var (before, after) = Around(statement.Text, mention.Text);
        if (Deadline().IsMatch(string.Join(' ', before.TakeLast(3).Concat(after.Take(4)))))
        {
            return "deadline";
        }

        var published = statement.Source.Published;
        if (mention.Date.End < published)
        {
            return "background";
        }

        return mention.Date.Start > published ? "expected" : "event";
    }

    /// <summary>True when the date follows a speech verb and so dates someone's words ("said on Monday", "told reporters on Friday").</summary>
    public static bool DatesSpeech(Statement statement, DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(mention);
        var (before, _) = Around(statement.Text, mention.Text);
        var words = before.TakeLast(3).Select(static w => w.TrimEnd(',').ToLowerInvariant()).ToList();
        while (words.Count > 0 && words[^1] is "on" or "last" or "this" or "next" or "reporters" or "journalists")
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count > 0 && SpeechVerbs.Contains(words[^1]);
    }

    /// <summary>A few of the sentence's own words saying what happens on the date.</summary>
    public static string WhatOf(Statement statement, DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(mention);
        var (before, after) = Around(statement.Text, mention.Text);
        var named = mention.Text;
        if (after.Count > 0 && after[0] is "'s" or "’s")
        {
            named += after[0];
            after.RemoveAt(0);
        }

        var forward = Forward(named, after);
        if (forward is not null)
        {
            return forward;
        }

        var clause = ClauseBefore(before);
        if (clause.Count >= 3)
        {
            return Join(clause.TakeLast(MaxWords));
        }

        var rest = after.TakeWhile(static w => !EndsClause(w)).Take(MaxWords - 1);
        return Join([mention.Text, .. rest]);
    }

    // "Friday's announcement at a NATO ministerial meeting in Brussels", "December 10 deadline for an end to ...".
    private static string? Forward(string mention, List<string> after)
    {
        var possessive = mention.EndsWith("'s", StringComparison.Ordinal) || mention.EndsWith("’s", StringComparison.Ordinal);
        if (after.Count == 0 || (!possessive && (!char.IsLower(after[0][0]) || Prepositions.Contains(after[0]) || Stops.Contains(after[0]))))
        {
            return null;
        }

        var words = new List<string> { mention };
        foreach (var word in after)
        {
            if (Stops.Contains(word.TrimEnd(',', '.', ';')) || words.Count >= MaxWords)
            {
                break;
            }

            words.Add(word);
            if (EndsClause(word))
            {
                break;
            }
        }

        return Join(words);
    }

    private static List<string> ClauseBefore(List<string> before)
    {
        var words = new List<string>(before);
        while (words.Count > 0 && Prepositions.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var start = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (EndsClause(words[i]) || words[i].Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                start = i + 1;
            }
        }

        return words[start..];
    }

    private static (List<string> Before, List<string> After) Around(string text, string mention)
    {
        var offset = text.IndexOf(mention, StringComparison.Ordinal);
        if (offset < 0)
        {
            return ([], []);
        }

        return (Split(text[..offset]), Split(text[(offset + mention.Length)..]));
    }

    private static List<string> Split(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(static w => w.Trim('"', '“', '”'))
            .Where(static w => w.Length > 0)];

    private static bool EndsClause(string word) => word[^1] is ',' or ';' or '.' or ':' or '?' or '!';

    private static string Join(IEnumerable<string> words)
    {
        var list = words.ToList();
        while (list.Count > 1 && (Prepositions.Contains(list[^1]) || list[^1] is "a" or "an" or "the" or "of" or "to" or "for" or "and"))
        {
            list.RemoveAt(list.Count - 1);
        }

        return string.Join(' ', list).TrimEnd(',', ';', '.', ':');
    }

    [GeneratedRegex(@"\bdeadlines?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();
}
