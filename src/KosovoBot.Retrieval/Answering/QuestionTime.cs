using System.Text.RegularExpressions;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Which way in time a question points, from the shape of English questions alone: what is planned, expected or
/// still to come ("how long is the strike meant to last?", "when will the council decide?"), or what already
/// happened ("when did the talks break down?"). A question about what someone said ("what did she say?") points
/// nowhere of its own: what was said may be about any time.
/// </summary>
internal static partial class QuestionTime
{
    /// <summary>The direction of <paramref name="question"/>.</summary>
    public static TimeDirection Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // A parenthesis ("(context: ...)") is not the question's own clause.
        var open = question.IndexOf('(', StringComparison.Ordinal);
        var text = (open > 0 ? question[..open] : question).ToLowerInvariant().Replace('’', '\'');
        var ahead = Ahead().IsMatch(text);
        var past = Past().IsMatch(text) && (text.StartsWith("when", StringComparison.Ordinal) || !Speech().IsMatch(text));
        return (ahead, past) switch
        {
            (true, false) => TimeDirection.Ahead,
            (false, true) => TimeDirection.Past,
            _ => TimeDirection.Unmarked,
        };
    }

    // "will", "won't", "going to", "meant to", "supposed to", "due to", "expected to", "set to", "plan(s|ned) to",
    // "scheduled", "next", "upcoming", "coming weeks", "still", "tomorrow".
    [GeneratedRegex(@"\b(?:will|won't|shall|gonna|'ll|(?:going|meant|supposed|due|expected|set|planned|planning|scheduled|intended|intending|about)\s+to|plans?\s+to|intends?\s+to|(?:wants?|hopes?|expects?)\s+(?:\S+\s+){1,3}to\s+\w+|scheduled|upcoming|next|coming|still|tomorrow|from now)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ahead();

    // "did", "was", "were", "had", "ago", "yesterday", "last year", "previous", or a verb in the past right after
    // the question phrase ("who walked out", "what happened").
    [GeneratedRegex(@"\b(?:did|didn't|was|wasn't|were|weren't|had|hadn't|ago|yesterday|previous|previously|earlier|last\s+(?:year|month|week|time|weekend|night)|in\s+(?:1[89]|20)\d\d)\b|^(?:who|what|which\s+\w+)\s+\w+ed\b", RegexOptions.CultureInvariant)]
    private static partial Regex Past();

    // "what did she say", "did he mention the talks": the past is the saying, not what was said (unless the question
    // asks when it was said).
    [GeneratedRegex(@"\b(?:say|said|tell|told|warn|warned|announce|announced|add|added|claim|claimed|state|stated|write|wrote|report|reported|mention|mentioned|comment|commented|describe|described|think|thought|argue|argued|suggest|suggested|predict|predicted|promise|promised|explain|explained)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Speech();
}
