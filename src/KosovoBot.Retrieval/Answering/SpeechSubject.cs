using System.Text.RegularExpressions;
using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Answering;

/// <summary>Whose words a question asks for: the words between the auxiliary and the speech verb ("what did <b>the mayor</b> say").</summary>
internal static partial class SpeechSubject
{
    /// <summary>The question's words naming the speaker asked about, or null when the question does not name one this way.</summary>
    public static IReadOnlyList<QueryWord>? Of(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var match = Pattern().Match(plan.Question.ToLowerInvariant().Replace('’', '\''));
        if (!match.Success)
        {
            return null;
        }

        var span = match.Groups["subj"];
        return [.. plan.Words.Where(w => w.Start >= span.Index && w.End <= span.Index + span.Length)];
    }

    [GeneratedRegex(@"\b(?:did|does|do|has|have|had|will|would)\s+(?<subj>[a-z' ]{2,60}?)\s+(?:say|said|tell|told|think|warn|warned|announce|comment|claim|mention|mean|call|describe)\b|\baccording to (?<subj>[a-z' ]{2,40})", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
