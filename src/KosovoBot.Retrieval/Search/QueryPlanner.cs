using KosovoBot.Core.Chat;
using KosovoBot.Retrieval.Analysis;

namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Turns a question into a <see cref="QueryPlan"/> against one index: strips chat markup, finds dates, maps every
/// word to its index terms (own stem, synonyms of the word and of the two-word phrase it starts, or a spelling
/// correction from the knowledge's vocabulary) and records which words the knowledge covers.
/// </summary>
internal static class QueryPlanner
{
    /// <summary>
    /// Plans <paramref name="question"/> against <paramref name="index"/>: at most <paramref name="maxChars"/> characters
    /// of it are read, and at most <paramref name="maxTerms"/> distinct words searched (the most informative ones).
    /// </summary>
    public static QueryPlan Plan(KnowledgeIndex index, string question, float synonymWeight, int maxChars = 2000, int maxTerms = 64)
    {
        ArgumentNullException.ThrowIfNull(index);
        var text = ChatMarkup.Strip(question ?? string.Empty);
        if (text.Length > maxChars)
        {
            var cut = text.LastIndexOf(' ', maxChars);
            text = text[..(cut > maxChars / 2 ? cut : maxChars)];
        }

        text = QuestionWording.Normalise(text, index.Vocabulary.Contains);
        var dates = QuestionDateParser.Parse(text);
        var datesCovered = dates.Any(d => d.Tokens.Any(index.ContainsDate));
        var stems = TokenStreams.Analyze(index.IndexAnalyzer, text);
        var surfaces = TokenStreams.Analyze(index.PlainAnalyzer, text);
        var inDate = surfaces.ConvertAll(s => dates.Any(d => s.Start >= d.Start && s.End <= d.End));

        var shouting = IsShouting(text);
        var stemOf = new string?[surfaces.Count];
        var terms = new List<WeightedTerm>[surfaces.Count];
        var tiers = new WordTier[surfaces.Count];
        for (var i = 0; i < surfaces.Count; i++)
        {
            var surface = surfaces[i];
            stemOf[i] = stems.Find(t => t.Start == surface.Start).Term;
            tiers[i] = inDate[i] && stemOf[i] is not null ? WordTier.Soft
                : !shouting && IsAcronym(text, surface) ? WordTier.Content
                : QuestionVocabulary.TierOf(surface.Term, stemOf[i]);
            stemOf[i] ??= tiers[i] == WordTier.Content ? surface.Term : null;
            terms[i] = [];
            if (tiers[i] != WordTier.Function)
            {
                terms[i].Add(new WeightedTerm(stemOf[i]!, 1f));
                AddSynonyms(terms[i], index, text[surface.Start..surface.End], synonymWeight);
            }
        }

        // A rule for a two-word phrase ("staying put", "how big", "secretary general") adds its synonyms to the
        // phrase's first searched word.
        for (var i = 0; i + 1 < surfaces.Count; i++)
        {
            var target = tiers[i] != WordTier.Function ? i : tiers[i + 1] != WordTier.Function ? i + 1 : -1;
            if (target < 0 || inDate[i] || inDate[i + 1] || surfaces[i + 1].Start - surfaces[i].End > 2)
            {
                continue;
            }

            var known = new HashSet<string>(terms[i].Concat(terms[i + 1]).Select(static t => t.Term), StringComparer.Ordinal);
            AddIf(terms[target], index, text[surfaces[i].Start..surfaces[i + 1].End], synonymWeight, known, stemOf[i], stemOf[i + 1]);
        }

        var words = new List<QueryWord>(surfaces.Count);
        for (var i = 0; i < surfaces.Count; i++)
        {
            var surface = surfaces[i];
            var covered = terms[i].Exists(t => index.Contains(t.Term));
            string? correctedTo = null;
            if (!covered && tiers[i] == WordTier.Content && !inDate[i] && Correct(index, surface.Term) is { } correction)
            {
                terms[i].Add(new WeightedTerm(TokenStreams.Terms(index.IndexAnalyzer, correction).FirstOrDefault() ?? correction, SearchWeights.Correction));
                AddSynonyms(terms[i], index, correction, synonymWeight * SearchWeights.Correction);
                covered = terms[i].Exists(t => index.Contains(t.Term));
                correctedTo = covered ? correction : null;
            }

            words.Add(new QueryWord(surface.Term, surface.Start, surface.End, tiers[i], IsSalient(text, surface), stemOf[i], terms[i], covered, inDate[i], correctedTo));
        }

        return new QueryPlan(text, Capped(words, maxTerms), dates, datesCovered);
    }

    // A long question is answered from its most informative words: names and numbers the knowledge has, then other
    // words it has, then the rest, each in question order; words past the cap are neither searched nor counted.
    private static List<QueryWord> Capped(List<QueryWord> words, int maxTerms)
    {
        var searched = words.Where(static w => w.Tier != WordTier.Function && w.Stem is not null).Select(static w => w.Stem!).Distinct(StringComparer.Ordinal).Count();
        if (searched <= maxTerms)
        {
            return words;
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words
                     .Where(static w => w.Tier != WordTier.Function && w.Stem is not null)
                     .OrderBy(static w => w.Covered ? (w.Salient ? 0 : w.Tier == WordTier.Content ? 1 : 2) : 3))
        {
            if (kept.Count >= maxTerms)
            {
                break;
            }

            kept.Add(word.Stem!);
        }

        return words.ConvertAll(w => w.Tier == WordTier.Function || w.Stem is null || kept.Contains(w.Stem)
            ? w
            : w with { Tier = WordTier.Function, Terms = [], Covered = false });
    }

    private static void AddSynonyms(List<WeightedTerm> terms, KnowledgeIndex index, string text, float weight)
    {
        foreach (var token in index.QueryTokensOf(text))
        {
            if (!terms.Exists(t => t.Term == token.Term))
            {
                terms.Add(new WeightedTerm(token.Term, weight));
            }
        }
    }

    private static void AddIf(List<WeightedTerm> terms, KnowledgeIndex index, string phrase, float weight, HashSet<string> known, string? first, string? second)
    {
        var tokens = index.QueryTokensOf(phrase);
        if (!tokens.Any(static t => t.IsSynonym))
        {
            return;
        }

        foreach (var token in tokens)
        {
            if (!known.Contains(token.Term) && token.Term != first && token.Term != second && !terms.Exists(t => t.Term == token.Term))
            {
                terms.Add(new WeightedTerm(token.Term, weight));
            }
        }
    }

    private static string? Correct(KnowledgeIndex index, string word)
    {
        if (word.Length < 5 || word.Any(char.IsDigit))
        {
            return null;
        }

        var max = word.Length >= 8 ? 2 : 1;
        if (!index.VocabularyByInitial.TryGetValue(word[0], out var candidates))
        {
            return null;
        }

        // Candidates are in ordinal order, so the first close one is the deterministic choice.
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) <= max && EditDistance.Within(word, candidate, max))
            {
                return candidate;
            }
        }

        return null;
    }

    // "US", "EU": an acronym is a name even when its letters spell a function word.
    private static bool IsAcronym(string text, AnalyzedToken surface)
    {
        var word = text.AsSpan(surface.Start, surface.End - surface.Start);
        return word.Length is >= 2 and <= 5 && !word.ContainsAnyInRange('a', 'z') && !word.ContainsAnyInRange('0', '9');
    }

    private static bool IsShouting(string text)
    {
        var upper = text.Count(char.IsUpper);
        var lower = text.Count(char.IsLower);
        return upper > lower;
    }

    // A name or number the user typed: capitalised after the first word, an acronym, or digits.
    private static bool IsSalient(string text, AnalyzedToken surface)
    {
        var word = text.AsSpan(surface.Start, surface.End - surface.Start);
        if (word.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        // "I", "I'd", "I'm": the pronoun is capitalised but names nobody.
        if (!char.IsUpper(word[0]) || (word[0] == 'I' && (word.Length == 1 || word[1] is '\'' or '’')))
        {
            return false;
        }

        if (word.Length >= 2 && word.Length <= 5 && !word.ContainsAnyInRange('a', 'z'))
        {
            return true;
        }

        var before = text.AsSpan(0, surface.Start).TrimEnd();
        return before.Length > 0 && before[^1] is not ('.' or '?' or '!' or ':' or '"' or '\'');
    }
}
