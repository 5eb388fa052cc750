using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Decorates the lexical search with semantic ranking: the question's vector is compared (cosine) with the
/// statement vectors, and the two rankings are fused by <see cref="ReciprocalRankFusion"/>. When the embeddings
/// endpoint fails or is slower than <c>Embeddings:Timeout</c>, the lexical ranking is returned unchanged. The
/// outcome for a question is remembered briefly (<see cref="RecentQueryVectors"/>), so the several searches of one
/// answer make one embeddings call.
/// </summary>
/// <remarks>
/// <see cref="IStatementSearch"/> is synchronous, so the embeddings call is awaited synchronously here,
/// bounded by <c>Embeddings:Timeout</c>; statement vectors come from the cache after the first computation.
/// </remarks>
public sealed class HybridStatementSearch(
    IStatementSearch lexical,
    StatementEmbeddingIndex index,
    IStatementCorpus? corpus,
    IOptions<EmbeddingsOptions> options,
    TimeProvider timeProvider,
    ILogger<HybridStatementSearch> logger) : IStatementSearch
{
    private readonly RecentQueryVectors recent = new(timeProvider);

    /// <inheritdoc />
    public IReadOnlyList<ScoredStatement> Search(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        var settings = options.Value;
        var lexicalRanked = lexical.Search(query, Math.Max(top, settings.CandidatePool));
        var candidates = corpus?.Statements ?? [.. lexicalRanked.Select(s => s.Statement)];
        if (top <= 0 || candidates.Count == 0 || string.IsNullOrWhiteSpace(query))
        {
            return [.. lexicalRanked.Take(Math.Max(top, 0))];
        }

        var semanticRanked = RankSemantically(query, candidates, settings);
        if (semanticRanked is null)
        {
            return [.. lexicalRanked.Take(top)];
        }

        return [.. ReciprocalRankFusion.Fuse(
            settings.RrfK, [.. lexicalRanked.Select(s => s.Statement)], [.. semanticRanked.Take(settings.CandidatePool)]).Take(top)];
    }

    /// <summary>The candidates by cosine similarity to the query, or null (logged) when vectors are unavailable.</summary>
    private List<Statement>? RankSemantically(string query, IReadOnlyList<Statement> candidates, EmbeddingsOptions settings)
    {
        if (recent.TryGet(query, out var known) && known is null)
        {
            // A search for this question just found the endpoint unavailable (and logged it); do not wait again.
            return null;
        }

        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        try
        {
            var (queryVector, vectors) = EmbedAsync(query, known, candidates, timeout.Token).GetAwaiter().GetResult();
            recent.Remember(query, queryVector);
            return [.. candidates
                .Select((s, i) => (Statement: s, Similarity: Cosine(queryVector, vectors[i])))
                .OrderByDescending(c => c.Similarity)
                .Select(c => c.Statement)];
        }
        catch (EmbeddingModelUnavailableException)
        {
            // The model could not load; that was logged once where it failed, and the lexical ranking stands.
            recent.Remember(query, null);
        }
        catch (Exception) when (timeout.IsCancellationRequested)
        {
            Log.EmbeddingsUnavailable(logger, $"no reply within {settings.Timeout:c}");
            recent.Remember(query, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Semantic ranking is optional and must never fail a search: whatever the endpoint or the client threw
            // (an HTTP error, an unreachable host, a body not in the OpenAI format), it is logged and the lexical
            // ranking stands.
            Log.EmbeddingsUnavailable(logger, EndpointError.Describe(ex));
            recent.Remember(query, null);
        }

        return null;
    }

    private async Task<(float[] Query, IReadOnlyList<float[]> Statements)> EmbedAsync(
        string query, float[]? knownQueryVector, IReadOnlyList<Statement> candidates, CancellationToken cancellationToken)
    {
        var statements = await index.GetVectorsAsync(candidates, cancellationToken);
        var queryVector = knownQueryVector ?? await index.EmbedQueryAsync(query, cancellationToken);
        return (queryVector, statements);
    }

    private static double Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length)
        {
            return 0;
        }

        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }
}
