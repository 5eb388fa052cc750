using System.Text.RegularExpressions;

namespace KosovoBot.Retrieval.Answering;

/// <summary>Recognises a request for the gist of the news ("what is this article about?", "summarize", "tl;dr").</summary>
internal static partial class SummaryIntent
{
    /// <summary>True when <paramref name="question"/> asks what the articles are about rather than a fact in them.</summary>
    public static bool IsMatch(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Pattern().IsMatch(question.ToLowerInvariant().Replace('’', '\'').Trim());
    }

    [GeneratedRegex(@"^(?:(?:hey|hi|hello|ok|so|please|pls)\b[\s,!]*)*(?:(?:what(?:'s| is| are)|tell me) (?:this|the|these|your) (?:article|story|report|news|piece|articles|stories)(?: all)? about|summar(?:y|ize|ise)|tl;?dr|(?:give me )?(?:the |a )?(?:gist|overview|rundown|main points?)|what(?:'s|s| is) (?:the )?(?:news|latest|story)\b|what(?:'s|s| is) (?:going on|happening)\s*\??$|what(?:'s| has)? happened\s*\??$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
