using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// What a semantic model found of the question's meaning under other words: names the knowledge means but does not
/// spell ("Moscow" for "Russia"), and common words a candidate statement says in its own words ("journalists" and
/// "reporters"), each with the index terms of the statement words that carry it.
/// </summary>
/// <param name="Meant">Question words whose meaning the knowledge has (they count as covered).</param>
/// <param name="Equivalents">For a common word of <paramref name="Meant"/>, the index terms that say it.</param>
internal sealed record MeaningMatch(IReadOnlySet<QueryWord> Meant, IReadOnlyDictionary<QueryWord, IReadOnlySet<string>> Equivalents)
{
    /// <summary>Nothing found: the lexical judgement stands.</summary>
    public static MeaningMatch None { get; } = new(
        new HashSet<QueryWord>(ReferenceEqualityComparer.Instance), new Dictionary<QueryWord, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance));

    /// <summary>True when a statement with <paramref name="statementTerms"/> says <paramref name="word"/> in other words.</summary>
    public bool SaysInOtherWords(QueryWord word, IReadOnlySet<string> statementTerms) =>
        Equivalents.TryGetValue(word, out var terms) && terms.Any(statementTerms.Contains);

    /// <summary>
    /// The candidates re-ordered so that one saying more of the question in other words moves up: each score grows by
    /// <see cref="AnswerWeights.EquivalentBoost"/> times the share of the question's key words it says only in other
    /// words. Unchanged when nothing was found.
    /// </summary>
    public IReadOnlyList<ScoredStatement> Rerank(QueryPlan plan, KnowledgeIndex index, IReadOnlyList<ScoredStatement> candidates)
    {
        if (Equivalents.Count == 0 || candidates.Count < 2)
        {
            return candidates;
        }

        var keys = plan.KeyWords.ToList();
        if (keys.Count == 0)
        {
            return candidates;
        }

        return [.. candidates
            .Select((c, i) => (Candidate: c, Order: i, Said: Said(keys, index.TermsOf(c.Statement))))
            .Select(x => (x.Order, Scored: x.Said == 0
                ? x.Candidate
                : x.Candidate with { Score = x.Candidate.Score * (1 + (AnswerWeights.EquivalentBoost * x.Said / keys.Count)) }))
            .OrderByDescending(static x => x.Scored.Score)
            .ThenBy(static x => x.Order)
            .Select(static x => x.Scored)];
    }

    private int Said(List<QueryWord> keys, IReadOnlySet<string> terms) =>
        keys.Count(w => !w.Terms.Any(t => terms.Contains(t.Term)) && SaysInOtherWords(w, terms));
}
