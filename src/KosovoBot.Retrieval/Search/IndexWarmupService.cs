using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Builds the search index when the host starts and again right after every knowledge reload, on the reload's
/// thread, so that no user's question pays for a build or waits behind one.
/// </summary>
internal sealed class IndexWarmupService(IKnowledgeProvider provider, KnowledgeIndexCache cache, ILogger<IndexWarmupService> logger)
    : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (provider is KnowledgeStore store)
        {
            store.Reloaded += OnReloaded;
        }

        Warm();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (provider is KnowledgeStore store)
        {
            store.Reloaded -= OnReloaded;
        }

        return Task.CompletedTask;
    }

    private void OnReloaded(object? sender, KnowledgeReloadedEventArgs e) => Warm();

    private void Warm()
    {
        try
        {
            var statements = cache.Current.Knowledge.Documents.Sum(d => d.Statements.Count);
            Log.IndexWarmed(logger, statements);
        }
        catch (Exception ex)
        {
            // Runs on the reload timer's thread: a failure is logged, never thrown, and the cache retries lazily.
            Log.IndexWarmFailed(logger, ex);
        }
    }
}
