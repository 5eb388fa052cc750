using KosovoBot.Core.Knowledge;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Fuses a lexical ranking with the sentence-vector similarities of the same statements by their normalised scores:
/// the lexical score divided by the best one, the cosine scaled between the lowest and the highest of the corpus, so
/// that each signal keeps how far ahead its best statement is (which reciprocal rank fusion throws away). Each result
/// carries its cosine as <see cref="ScoredStatement.Similarity"/>.
/// </summary>
public static class ScoreFusion
{
    /// <summary>
    /// Every statement of <paramref name="similarities"/> scored <c>(1 - w) · lexical + w · dense</c>, best first;
    /// a statement the lexical ranking does not hold has a lexical part of zero.
    /// </summary>
    public static IReadOnlyList<ScoredStatement> Fuse(
        IReadOnlyList<ScoredStatement> lexical, IReadOnlyList<(Statement Statement, double Cosine)> similarities, double denseWeight)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentNullException.ThrowIfNull(similarities);
        var bestLexical = lexical.Count == 0 ? 0 : lexical.Max(static s => s.Score);
        var lexicalById = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in lexical)
        {
            lexicalById.TryAdd(hit.Statement.Id, bestLexical > 0 ? hit.Score / bestLexical : 0);
        }

        var low = similarities.Count == 0 ? 0 : similarities.Min(static s => s.Cosine);
        var high = similarities.Count == 0 ? 0 : similarities.Max(static s => s.Cosine);
        var spread = high - low;
        var fused = new List<(ScoredStatement Hit, int Order)>(similarities.Count);
        for (var i = 0; i < similarities.Count; i++)
        {
            var (statement, cosine) = similarities[i];
            var dense = spread > 1e-9 ? (cosine - low) / spread : 0;
            var lexicalPart = lexicalById.GetValueOrDefault(statement.Id);
            var score = ((1 - denseWeight) * lexicalPart) + (denseWeight * dense);
            fused.Add((new ScoredStatement(statement, score) { Similarity = cosine }, i));
        }

        // Ties keep corpus order, so the result is deterministic.
        fused.Sort(static (a, b) => b.Hit.Score != a.Hit.Score ? b.Hit.Score.CompareTo(a.Hit.Score) : a.Order.CompareTo(b.Order));
        return [.. fused.Select(static f => f.Hit)];
    }
}
