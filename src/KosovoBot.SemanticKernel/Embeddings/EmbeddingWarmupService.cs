using Microsoft.Extensions.Hosting;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Runs <see cref="StatementVectorWarmup"/> once at start, so that the first question does not wait for the
/// statement vectors. A failure is logged there and left to the first search to retry.
/// </summary>
internal sealed class EmbeddingWarmupService(StatementVectorWarmup warmup) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => warmup.WarmAsync(stoppingToken);
}
