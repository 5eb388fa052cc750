using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Decorates the lexical search with semantic ranking: the question's vector is compared (cosine) with the
/// statement vectors of the whole corpus, and the two signals are fused by their normalised scores
/// (<see cref="ScoreFusion"/>, weight <c>Embeddings:DenseWeight</c>). Each result carries its cosine, which the
/// answerer uses to judge whether the question's meaning is in the statement. When the embeddings endpoint or model
/// fails or is slower than <c>Embeddings:Timeout</c>, the lexical ranking is returned unchanged. The outcome for a
/// question is remembered briefly (<see cref="RecentQueryVectors"/>), so repeated searches of one question (a
/// plugin call after the answer) make one embeddings call.
/// </summary>
public sealed class HybridStatementSearch(
    IStatementSearch lexical,
    StatementEmbeddingIndex index,
    IStatementCorpus? corpus,
    IOptions<EmbeddingsOptions> options,
    TimeProvider timeProvider,
    ILogger<HybridStatementSearch> logger) : IStatementSearch
{
    private readonly RecentQueryVectors _recent = new(timeProvider);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScoredStatement>> SearchAsync(string query, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var settings = options.Value;
        var lexicalRanked = await lexical.SearchAsync(query, Math.Max(top, settings.CandidatePool), cancellationToken);
        var candidates = corpus?.Statements ?? [.. lexicalRanked.Select(s => s.Statement)];
        if (top <= 0 || candidates.Count == 0 || string.IsNullOrWhiteSpace(query))
        {
            return [.. lexicalRanked.Take(Math.Max(top, 0))];
        }

        var similarities = await SimilaritiesAsync(query, candidates, settings, cancellationToken);
        if (similarities is null)
        {
            return [.. lexicalRanked.Take(top)];
        }

        return [.. ScoreFusion.Fuse(lexicalRanked, similarities, settings.DenseWeight).Take(top)];
    }

    /// <summary>Each candidate with its cosine similarity to the query, or null (logged) when vectors are unavailable.</summary>
    private async Task<List<(Statement Statement, double Cosine)>?> SimilaritiesAsync(
        string query, IReadOnlyList<Statement> candidates, EmbeddingsOptions settings, CancellationToken cancellationToken)
    {
        if (_recent.TryGet(query, out var known) && known is null)
        {
            // A search for this question just found the endpoint unavailable (and logged it); do not wait again.
            return null;
        }

        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var vectors = await index.GetVectorsAsync(candidates, linked.Token);
            var queryVector = known ?? await index.EmbedQueryAsync(query, linked.Token);
            _recent.Remember(query, queryVector);
            return [.. candidates.Select((s, i) => (s, Cosine(queryVector, vectors[i])))];
        }
        catch (EmbeddingModelUnavailableException)
        {
            // The model could not load; that was logged once where it failed, and the lexical ranking stands.
            _recent.Remember(query, null);
        }
        catch (Exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.EmbeddingsUnavailable(logger, $"no reply within {settings.Timeout:c}");
            _recent.Remember(query, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Semantic ranking is optional and must never fail a search: whatever the endpoint or the client threw
            // (an HTTP error, an unreachable host, a body not in the OpenAI format), it is logged and the lexical
            // ranking stands.
            Log.EmbeddingsUnavailable(logger, EndpointError.Describe(ex));
            _recent.Remember(query, null);
        }

        return null;
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
