using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Computes (or loads from the cache) the statement vectors once at start, so that the first question does not
/// wait for them. A failure is logged and left to the first search to retry. Without a corpus there is
/// nothing to warm: the lexical candidates of each search are embedded (and cached) as they come.
/// </summary>
internal sealed class EmbeddingWarmupService(
    StatementEmbeddingIndex index, IStatementCorpus? corpus, ILogger<EmbeddingWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (corpus is null)
        {
            return;
        }

        try
        {
            await index.GetVectorsAsync(corpus.Statements, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Warming is an optimization: a failure is logged, and each search retries the missing vectors.
            Log.EmbeddingsUnavailable(logger, $"the statement vectors could not be computed at start: {EndpointError.Describe(ex)}");
        }
    }
}
