using System.Collections.Concurrent;
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

    private readonly IEmbeddingGenerator<string, Embedding<float>> generator;
    private readonly string model;
    private readonly string queryPrefix;
    private readonly EmbeddingCache cache;
    private readonly ILogger logger;
    private readonly SemaphoreSlim computing = new(1, 1);
    private readonly Lazy<ConcurrentDictionary<string, float[]>> vectors;

    /// <summary>Creates the index; the cache file is read on first use.</summary>
    public StatementEmbeddingIndex(
        IEmbeddingGenerator<string, Embedding<float>> generator, IOptions<EmbeddingsOptions> options, ILogger<StatementEmbeddingIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.generator = generator;
        this.logger = logger;
        model = options.Value.Model ?? string.Empty;
        queryPrefix = options.Value.QueryPrefix ?? string.Empty;
        cache = new EmbeddingCache(options.Value.CachePath, logger);
        vectors = new(() => new ConcurrentDictionary<string, float[]>(cache.Load()));
    }

    /// <summary>The vector of each of <paramref name="statements"/>, computing and caching the missing ones.</summary>
    public async Task<IReadOnlyList<float[]>> GetVectorsAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var keys = statements.Select(s => EmbeddingCache.KeyOf(model, s.Text)).ToList();
        if (keys.Exists(k => !vectors.Value.ContainsKey(k)))
        {
            await ComputeMissingAsync(statements, keys, cancellationToken);
        }

        return [.. keys.Select(k => vectors.Value[k])];
    }

    /// <summary>
    /// The vector of a search query, embedded with <c>Embeddings:QueryPrefix</c> (for the local model, its retrieval
    /// instruction) before it; never cached.
    /// </summary>
    public async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken)
    {
        var embedding = await generator.GenerateAsync(queryPrefix + query, cancellationToken: cancellationToken);
        return embedding.Vector.ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => computing.Dispose();

    private async Task ComputeMissingAsync(IReadOnlyList<Statement> statements, List<string> keys, CancellationToken cancellationToken)
    {
        await computing.WaitAsync(cancellationToken);
        try
        {
            var missing = statements
                .Select((s, i) => (Text: s.Text, Key: keys[i]))
                .Where(m => !vectors.Value.ContainsKey(m.Key))
                .DistinctBy(m => m.Key)
                .ToList();
            if (missing.Count == 0)
            {
                return;
            }

            foreach (var batch in missing.Chunk(BatchSize))
            {
                var embeddings = await generator.GenerateAsync([.. batch.Select(m => m.Text)], cancellationToken: cancellationToken);
                if (embeddings.Count != batch.Length)
                {
                    throw new InvalidOperationException(
                        $"The embeddings endpoint returned {embeddings.Count} vectors for {batch.Length} texts.");
                }

                for (var i = 0; i < batch.Length; i++)
                {
                    vectors.Value[batch[i].Key] = embeddings[i].Vector.ToArray();
                }
            }

            cache.Save(vectors.Value);
            Log.StatementsEmbedded(logger, missing.Count, model, keys.Count - missing.Count);
        }
        finally
        {
            computing.Release();
        }
    }
}
