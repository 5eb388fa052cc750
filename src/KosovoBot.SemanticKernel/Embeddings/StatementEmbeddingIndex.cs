using System.Collections.Concurrent;
using System.Numerics.Tensors;
using KosovoBot.Core.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// The vectors of the statements: loaded from the disk cache, computed once for any statement the cache lacks
/// (in batches), and written back; and the vector of a question, embedded with the model's query prefix. Thread-safe;
/// concurrent callers share one computation. A generator whose model cannot load throws
/// <see cref="EmbeddingModelUnavailableException"/> (already logged): rank lexically then, without logging again.
/// </summary>
public sealed class StatementEmbeddingIndex : IDisposable
{
    private const int BatchSize = 64;

    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;
    private readonly string _model;
    private readonly string _queryPrefix;
    private readonly EmbeddingCache _cache;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _computing = new(1, 1);
    private readonly Lazy<ConcurrentDictionary<string, float[]>> _vectors;
    private Listing? _last;

    /// <summary>Creates the index; the cache file is read on first use.</summary>
    public StatementEmbeddingIndex(
        IEmbeddingGenerator<string, Embedding<float>> generator, IOptions<EmbeddingsOptions> options, ILogger<StatementEmbeddingIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _generator = generator;
        _logger = logger;
        _model = options.Value.Model ?? string.Empty;
        _queryPrefix = options.Value.QueryPrefix ?? string.Empty;
        _cache = new EmbeddingCache(options.Value.CachePath, logger);
        _vectors = new(() => new ConcurrentDictionary<string, float[]>(_cache.Load()));
    }

    /// <summary>
    /// The vector of each of <paramref name="statements"/>, computing and caching the missing ones. The vectors of the
    /// last list are kept with it: passing the same list instance again (as the corpus does for one knowledge
    /// snapshot) costs nothing, so such a list must not change.
    /// </summary>
    public async Task<IReadOnlyList<float[]>> GetVectorsAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var known = Volatile.Read(ref _last);
        if (known is not null && ReferenceEquals(known.Statements, statements))
        {
            return known.Vectors;
        }

        var keys = statements.Select(s => EmbeddingCache.KeyOf(_model, s.Text)).ToList();
        if (keys.Exists(k => !_vectors.Value.ContainsKey(k)))
        {
            await ComputeMissingAsync(statements, keys, cancellationToken);
        }

        float[][] found = [.. keys.Select(k => _vectors.Value[k])];
        Volatile.Write(ref _last, new Listing(statements, found));
        return found;
    }

    /// <summary>
    /// The cosine similarity (-1 to 1) of <paramref name="query"/>, embedded as <see cref="EmbedQueryAsync"/> does, to
    /// each of <paramref name="statements"/>, in their order.
    /// </summary>
    public async Task<double[]> SimilaritiesAsync(string query, IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        var statementVectors = await GetVectorsAsync(statements, cancellationToken);
        var queryVector = await EmbedQueryAsync(query, cancellationToken);
        var similarities = new double[statementVectors.Count];
        for (var i = 0; i < similarities.Length; i++)
        {
            similarities[i] = Cosine(queryVector, statementVectors[i]);
        }

        return similarities;
    }

    /// <summary>The cosine similarity of two vectors; 0 when their lengths differ or one is all zeros.</summary>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        var cosine = TensorPrimitives.CosineSimilarity(a, b);
        return float.IsNaN(cosine) ? 0 : Math.Clamp(cosine, -1, 1);
    }

    /// <summary>
    /// The vector of a search query, embedded with <c>Embeddings:QueryPrefix</c> (for the local model, its retrieval
    /// instruction) before it; never cached.
    /// </summary>
    public async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken)
    {
        var embedding = await _generator.GenerateAsync(_queryPrefix + query, cancellationToken: cancellationToken);
        return embedding.Vector.ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => _computing.Dispose();

    private async Task ComputeMissingAsync(IReadOnlyList<Statement> statements, List<string> keys, CancellationToken cancellationToken)
    {
        await _computing.WaitAsync(cancellationToken);
        try
        {
            var missing = statements
                .Select((s, i) => (Text: s.Text, Key: keys[i]))
                .Where(m => !_vectors.Value.ContainsKey(m.Key))
                .DistinctBy(m => m.Key)
                .ToList();
            if (missing.Count == 0)
            {
                return;
            }

            foreach (var batch in missing.Chunk(BatchSize))
            {
                var embeddings = await _generator.GenerateAsync([.. batch.Select(m => m.Text)], cancellationToken: cancellationToken);
                if (embeddings.Count != batch.Length)
                {
                    throw new InvalidOperationException(
                        $"The embeddings endpoint returned {embeddings.Count} vectors for {batch.Length} texts.");
                }

                for (var i = 0; i < batch.Length; i++)
                {
                    _vectors.Value[batch[i].Key] = embeddings[i].Vector.ToArray();
                }
            }

            _cache.Save(_vectors.Value);
            Log.StatementsEmbedded(_logger, missing.Count, _model, keys.Count - missing.Count);
        }
        finally
        {
            _computing.Release();
        }
    }

    private sealed record Listing(IReadOnlyList<Statement> Statements, float[][] Vectors);
}
