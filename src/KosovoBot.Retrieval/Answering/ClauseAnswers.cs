using System.Text.RegularExpressions;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Cuts the clause of a sentence that answers a what, why or yes/no question: the whole sentence when it is
/// short, else the reported content after "X told reporters that", else the run of comma-separated parts that
/// holds most of the question's words.
/// </summary>
internal static partial class ClauseAnswers
{
    /// <summary>The answering clause of <paramref name="view"/>, at most <paramref name="maxWords"/> words.</summary>
    public static string Clause(SentenceView view, QuestionType type, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = view.Text;
        var start = Lead().Match(text) is { Success: true } lead ? lead.Length : 0;
        if (type == QuestionType.Why && Reason(view, start) is { } reason)
        {
            return reason;
        }

        if (AnswerText.WordCount(text[start..]) <= maxWords)
        {
            return text[start..];
        }

        if (Reporting().Match(text, start) is { Success: true } reported)
        {
            var content = text[(reported.Index + reported.Length)..];
            if (AnswerText.WordCount(content) <= maxWords && AnswerText.WordCount(content) >= 5)
            {
                return content;
            }
        }

        return BestRun(view, start, maxWords);
    }

    // The part after a comma that gives a purpose or cause ("to give NATO ... more time", "because ...").
    private static string? Reason(SentenceView view, int start)
    {
        foreach (var (from, to) in Parts(view.Text, start).Skip(1))
        {
            if (ReasonCue().IsMatch(view.Text.AsSpan(from, to - from)))
            {
                return view.Text[from..to];
            }
        }

        return null;
    }

    private static string BestRun(SentenceView view, int start, int maxWords)
    {
        var parts = Parts(view.Text, start);
        var best = (From: start, To: view.Text.Length, Matches: -1, Words: int.MaxValue);
        for (var i = 0; i < parts.Count; i++)
        {
            for (var j = i; j < parts.Count; j++)
            {
                var (from, to) = (parts[i].From, parts[j].To);
                var words = AnswerText.WordCount(view.Text[from..to]);
                if (words > maxWords)
                {
                    break;
                }

                var matches = view.MatchesIn(from, to);
                if (matches > best.Matches || (matches == best.Matches && words < best.Words))
                {
                    best = (from, to, matches, words);
                }
            }
        }

        if (best.Matches < 0)
        {
            return view.Text[start..];
        }

        var run = view.Text[best.From..best.To];
        return Reporting().Match(run) is { Success: true, Index: 0 } lead && AnswerText.WordCount(run[lead.Length..]) >= 4
            ? run[lead.Length..]
            : run;
    }

    private static List<(int From, int To)> Parts(string text, int start)
    {
        var parts = new List<(int From, int To)>();
        var from = start;
        foreach (Match separator in Separator().Matches(text, start))
        {
            if (separator.Index > from)
            {
                parts.Add((from, separator.Index));
            }

            from = separator.Index + separator.Length;
        }

        var end = text.TrimEnd().TrimEnd('.', '"', '”', '!', '?').Length;
        if (end > from)
        {
            parts.Add((from, end));
        }

        return parts;
    }

    [GeneratedRegex(@"^(?:(?:However|But|And|Meanwhile|Also|Still|Yet|Second|Third|Finally|In addition),?\s+(?:that\s+)?)+", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\G.{0,160}?\b(?:said|says|told (?:reporters|journalists|the press|\w+)|made clear|stressed|warned|added|announced|noted|explained|insisted)\s+(?:that\s+)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();

    [GeneratedRegex(@"\s*[,;:]\s+|\s+[—–-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:to|because|so that|so as|in order|since|as|amid|after|given|due to|for fear)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReasonCue();
}
