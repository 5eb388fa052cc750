using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Search;

/// <summary>BM25 search over the statements of the current knowledge, with synonyms, phrase proximity and dates.</summary>
internal sealed class LuceneStatementSearch(KnowledgeIndexCache cache) : IStatementSearch
{
    /// <inheritdoc />
    public IReadOnlyList<ScoredStatement> Search(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        return cache.Current.Search(cache.Plan(query), top);
    }
}
