using System.Text.RegularExpressions;
using KosovoBot.Retrieval.Analysis;
using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Cuts the span that fills the slot a who-question asks about: the doer of the verb asked ("who wants more
/// mediation" → the subject of "wants"), the one named after a passive "by" ("plans by ... leaders"), or the object
/// of a question that ends with a preposition ("who must they agree with" → what follows "with"). Every span is the
/// sentence's own words; null when the sentence does not fill the slot.
/// </summary>
internal static partial class SlotAnswers
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "will", "would", "also", "is", "are", "was", "were", "do", "does", "did", "can", "could",
        "should", "must", "may", "might", "not", "now", "still", "already", "be", "been", "being", "then", "who",
    };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "when", "where", "while", "because", "after", "before", "as", "if", "and", "but",
        "said", "says", "told", "however",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "to", "from", "by", "for", "against", "about", "on", "at", "between", "in", "into", "of",
    };

    /// <summary>The word of <paramref name="plan"/> that is the verb a who-question asks the doer of, or null.</summary>
    public static QueryWord? AskedVerb(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var match = DoerQuestion().Match(plan.Question.ToLowerInvariant().Replace('’', '\''));
        if (!match.Success)
        {
            return null;
        }

        var verb = match.Groups["verb"];
        return plan.Words.FirstOrDefault(w => w.Start == verb.Index && w.Tier != WordTier.Function && w.Terms.Count > 0);
    }

    /// <summary>The preposition a question ends with ("... reach an agreement with?"), or null.</summary>
    public static string? TrailingPreposition(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var match = EndsWithPreposition().Match(plan.Question.ToLowerInvariant());
        return match.Success && Prepositions.Contains(match.Groups["prep"].Value) ? match.Groups["prep"].Value : null;
    }

    /// <summary>The doer of <paramref name="verb"/> in <paramref name="view"/> (whose index tokens are <paramref name="tokens"/>), or null when the sentence lacks the verb or a doer.</summary>
    public static string? Doer(SentenceView view, QueryWord verb, IReadOnlyList<AnalyzedToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(tokens);
        // The verb's own word first ("forced"), then its synonyms ("agreed" for "decided").
        var token = tokens.FirstOrDefault(t => t.Term == verb.Stem);
        if (token.Term is null)
        {
            var terms = verb.Terms.Select(static t => t.Term).ToHashSet(StringComparer.Ordinal);
            token = tokens.FirstOrDefault(t => terms.Contains(t.Term));
        }

        if (token.Term is null)
        {
            return null;
        }

        var at = view.WordAt(token.Start);
        if (at < 0)
        {
            return null;
        }

        var word = view.Words[at].Of(view.Text);
        var text = view.Text;

        // "plans by ethnic Albanian leaders to declare": the doer follows "by".
        if (at + 1 < view.Words.Count && view.Words[at + 1].Of(text).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return PhraseAfter(view, at + 1);
        }

        // "International mediators": the word itself names the doers; the phrase ends with it.
        if (AgentNoun().IsMatch(word))
        {
            return PhraseBefore(view, at + 1);
        }

        return PhraseBefore(view, at);
    }

    /// <summary>What follows <paramref name="preposition"/> after the first question word in <paramref name="view"/>, or null.</summary>
    public static string? ObjectOf(SentenceView view, string preposition)
    {
        ArgumentNullException.ThrowIfNull(view);
        var first = view.MatchCount == 0 ? 0 : Enumerable.Range(0, view.Words.Count).FirstOrDefault(i => view.MatchesIn(view.Words[i].Start, view.Words[i].End) > 0);
        for (var i = first; i + 1 < view.Words.Count; i++)
        {
            if (view.Words[i].Of(view.Text).Equals(preposition, StringComparison.OrdinalIgnoreCase))
            {
                return PhraseAfter(view, i);
            }
        }

        return null;
    }

    // The noun phrase from the start of the clause up to word `end` (exclusive), without trailing auxiliaries.
    private static string? PhraseBefore(SentenceView view, int end)
    {
        var text = view.Text;
        var last = end - 1;
        while (last >= 0 && Auxiliaries.Contains(view.Words[last].Of(text)))
        {
            last--;
        }

        // "Serbia, which opposes independence": the doer is what the relative pronoun stands for.
        if (last > 0 && view.Words[last].Of(text) is "which" or "who" or "that")
        {
            last--;
        }

        if (last < 0)
        {
            return null;
        }

        var first = last;
        while (first > 0 && last - first < 8)
        {
            var previous = view.Words[first - 1];
            var between = text[previous.End..view.Words[first].Start];
            if (between.IndexOfAny([',', ';', ':', '"', '“', '”', '(']) >= 0 || ClauseBreaks.Contains(previous.Of(text)))
            {
                break;
            }

            first--;
        }

        if (last - first >= 8)
        {
            return null;
        }

        return text[view.Words[first].Start..view.Words[last].End];
    }

    // The noun phrase after word `at`: up to a comma, a clause word or "to"/"that", at most eight words.
    private static string? PhraseAfter(SentenceView view, int at)
    {
        var text = view.Text;
        var first = at + 1;
        if (first >= view.Words.Count)
        {
            return null;
        }

        var last = first;
        while (last + 1 < view.Words.Count && last - first < 7)
        {
            var next = view.Words[last + 1];
            var between = text[view.Words[last].End..next.Start];
            var nextWord = next.Of(text);
            if (between.IndexOfAny([',', ';', ':', '"', '“', '”', '.', '(']) >= 0 || ClauseBreaks.Contains(nextWord)
                || nextWord.Equals("to", StringComparison.OrdinalIgnoreCase) || nextWord.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            last++;
        }

        return text[view.Words[first].Start..view.Words[last].End];
    }

    // "who wants", "who is planning", "who has agreed", "which governments say", "what body decided".
    [GeneratedRegex(@"^(?:(?:who|which \w+|what \w+)\s+(?:(?:is|are|was|were)\s+(?=\w+ing\b)|(?:has|have|had)\s+(?=\w+(?:ed|en)\b)|(?:will|would|could|can|should|might|may)\s+)?)(?<verb>[a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DoerQuestion();

    [GeneratedRegex(@"\b(?<prep>[a-z]+)\s*[?.!]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithPreposition();

    [GeneratedRegex(@"^\w{3,}(?:ors?|ers|ists?)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgentNoun();
}
