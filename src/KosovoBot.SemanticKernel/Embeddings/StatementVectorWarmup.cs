using KosovoBot.Core.Knowledge;
using Microsoft.Extensions.Logging;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Computes (or loads from the cache) the vectors of every statement of the current knowledge and, when asked to (a
/// local model), embeds one probe question, so that the model is loaded and questions wait for nothing. Run by a
/// background service in the chat host (and again after each reload) and awaited by the command line before it answers.
/// </summary>
/// <param name="index">The statement vectors.</param>
/// <param name="corpus">The statements to warm; without it there is nothing to warm.</param>
/// <param name="logger">Receives a failure to compute the vectors.</param>
/// <param name="probeQuestion">Also embed a question, so the model is loaded (not only the cached vectors read).</param>
public sealed class StatementVectorWarmup(
    StatementEmbeddingIndex index, IStatementCorpus? corpus, ILogger<StatementVectorWarmup> logger, bool probeQuestion = false)
{
    private const string ProbeQuestion = "What is this about?";

    private IReadOnlyList<Statement>? _warmed;

    /// <summary>
    /// True when the current knowledge's statement vectors are ready (and, with the probe, the model has embedded a
    /// question): a search may then use semantic scores without waiting. False while the model loads, after a reload until it is warmed
    /// again, and when the model is unavailable; a search that must not wait ranks lexically then.
    /// </summary>
    public bool IsWarm => corpus is not null && ReferenceEquals(Volatile.Read(ref _warmed), corpus.Statements);

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
            var statements = corpus.Statements;
            await index.GetVectorsAsync(statements, cancellationToken);
            if (probeQuestion)
            {
                await index.EmbedQueryAsync(ProbeQuestion, cancellationToken);
            }

            Volatile.Write(ref _warmed, statements);
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
