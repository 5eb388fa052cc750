using Microsoft.Extensions.Logging;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Computes (or loads from the cache) the vectors of every statement of the current knowledge, so that questions do
/// not wait for them. Run by a background service in the chat host and awaited by the command line before it answers.
/// </summary>
public sealed class StatementVectorWarmup(
    StatementEmbeddingIndex index, IStatementCorpus? corpus, ILogger<StatementVectorWarmup> logger)
{
    /// <summary>
    /// True when every statement has its vector; false when they could not be computed (logged once, here or, for a
    /// model that cannot load, where it failed) or there is no corpus to warm.
    /// </summary>
    public async Task<bool> WarmAsync(CancellationToken cancellationToken)
    {
        if (corpus is null)
        {
            return false;
        }

        try
        {
            await index.GetVectorsAsync(corpus.Statements, cancellationToken);
            return true;
        }
        catch (EmbeddingModelUnavailableException)
        {
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Warming is an optimization: a failure is logged, and each search retries the missing vectors.
            Log.EmbeddingsUnavailable(logger, $"the statement vectors could not be computed at start: {EndpointError.Describe(ex)}");
            return false;
        }
    }
}
