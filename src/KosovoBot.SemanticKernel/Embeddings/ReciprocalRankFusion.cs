using KosovoBot.Core.Knowledge;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Reciprocal rank fusion: each ranking gives a statement <c>1 / (k + rank)</c> (rank 1-based) and the sums
/// order the result. Only ranks count, so the lexical and the cosine scores need no common scale.
/// </summary>
public static class ReciprocalRankFusion
{
    /// <summary>
    /// The statements of all <paramref name="rankings"/> ordered by fused score; a tie goes to the statement that
    /// appears in an earlier ranking, then at a better rank there. The score is the fused one.
    /// </summary>
    public static IReadOnlyList<ScoredStatement> Fuse(int k, params IReadOnlyList<Statement>[] rankings)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var scores = new Dictionary<string, (Statement Statement, double Score, int FirstSeen)>(StringComparer.Ordinal);
        var seenOrder = 0;
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var statement = ranking[rank];
                var contribution = 1.0 / (k + rank + 1);
                scores[statement.Id] = scores.TryGetValue(statement.Id, out var seen)
                    ? (seen.Statement, seen.Score + contribution, seen.FirstSeen)
                    : (statement, contribution, seenOrder++);
            }
        }

        return [.. scores.Values
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.FirstSeen)
            .Select(s => new ScoredStatement(s.Statement, s.Score))];
    }
}
