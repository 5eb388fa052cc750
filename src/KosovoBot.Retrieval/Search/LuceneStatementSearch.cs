using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Search;

/// <summary>BM25 search over the statements of the current knowledge, with synonyms, phrase proximity and dates.</summary>
internal sealed class LuceneStatementSearch(KnowledgeIndexCache cache) : IStatementSearch
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ScoredStatement>> SearchAsync(string query, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        using var lease = cache.Acquire();
        return Task.FromResult(lease.Index.Search(cache.Plan(lease.Index, query), top));
    }
}
