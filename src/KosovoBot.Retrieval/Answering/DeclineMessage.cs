using KosovoBot.Core.Answers;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// The one line a declined question gets: what is missing and the nearest article ("No article mentions the
/// population; the nearest is "Title", December 7, 2007."), or, when nothing came near, what the articles cover.
/// </summary>
internal static class DeclineMessage
{
    private const int MaxTitles = 3;
    private const int MaxMissing = 3;

    // The sentence depends on the snapshot alone: every declined question of a snapshot shares it.
    private static readonly SnapshotMemo<KnowledgeBase, string> Sentences = new(Build);

    /// <summary>What the articles of <paramref name="knowledge"/> cover, for a question nothing came near.</summary>
    public static string For(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return Sentences.Get(knowledge);
    }

    /// <summary>
    /// Why <paramref name="plan"/>'s question was declined for <paramref name="reason"/>: the question's words no
    /// article spells (a word whose meaning a model found under other words is still not mentioned) or what kind of
    /// answer is missing, and the article of the best of <paramref name="candidates"/>.
    /// </summary>
    public static string Explain(KnowledgeBase knowledge, QueryPlan plan, IReadOnlyList<ScoredStatement> candidates, DeclineReason? reason)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(candidates);
        if (reason is DeclineReason.NoKnowledge or DeclineReason.NoContentWords or DeclineReason.EmptyQuestion or DeclineReason.Error
            || knowledge.Documents.Count == 0)
        {
            return For(knowledge);
        }

        var missing = Missing(plan);
        if (candidates.Count == 0)
        {
            return missing is null ? For(knowledge) : BotText.Format(BotMessages.DeclineMissingNothingNear, missing, Covers(knowledge));
        }

        var nearest = candidates[0].Statement.Source;
        var format = missing is not null ? BotMessages.DeclineMissing
            : reason switch
            {
                DeclineReason.NoNumber => BotMessages.DeclineNoNumber,
                DeclineReason.NoDate => BotMessages.DeclineNoDate,
                DeclineReason.NotTheirWords => BotMessages.DeclineNotTheirWords,
                _ => BotMessages.DeclineNotAnswered,
            };
        return BotText.Format(format, missing, nearest.Title, nearest.Published);
    }

    // The question's own words (as typed) that no article has: "population", "Peru or Chile", "annual, electricity or bill";
    // never a word of the follow-up rewriter's " (context: ...)" tail, which the asker did not type.
    private static string? Missing(QueryPlan plan)
    {
        var own = ContextTail.OwnLength(plan.Question);
        var words = plan.Words
            .Where(w => !w.Covered && !w.InDate && w.Tier == WordTier.Content && w.Terms.Count > 0
                        && w.End <= own && w.Start < w.End)
            .Select(w => plan.Question[w.Start..w.End])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxMissing)
            .ToList();
        return words.Count switch
        {
            0 => null,
            1 => words[0],
            _ => string.Join(BotMessages.DeclineComma, words[..^1]) + BotMessages.DeclineOr + words[^1],
        };
    }

    private static string Build(KnowledgeBase knowledge) =>
        knowledge.Documents.Count == 0
            ? BotMessages.DeclineNoArticles
            : BotText.Format(knowledge.Documents.Count == 1 ? BotMessages.DeclineCoversOne : BotMessages.DeclineCovers, Covers(knowledge));

    // "Title" (Outlet, December 7, 2007); ... and 2 more
    private static string Covers(KnowledgeBase knowledge)
    {
        var sources = knowledge.Documents
            .Select(static d => d.Source)
            .OrderByDescending(static s => s.Published)
            .ToList();
        var titles = string.Join("; ", sources.Take(MaxTitles).Select(static s => BotText.Format(BotMessages.DeclineTitle, s.Title, s.Outlet, s.Published)));
        return sources.Count > MaxTitles ? titles + BotText.Format(BotMessages.DeclineMore, sources.Count - MaxTitles) : titles;
    }
}
