namespace KosovoBot.Core.Knowledge;

/// <summary>A statement found by a search, with its relevance score (higher is better; not comparable across queries).</summary>
/// <param name="Statement">The statement.</param>
/// <param name="Score">Its relevance to the query.</param>
public sealed record ScoredStatement(Statement Statement, double Score)
{
    /// <summary>
    /// The cosine similarity of the statement's and the query's sentence vectors when a semantic model ranked it;
    /// null for a lexical search alone.
    /// </summary>
    public double? Similarity { get; init; }
}
