using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Builds the search index when the host starts and again right after every knowledge reload, on the reload's
/// thread, so that no user's question pays for a build or waits behind one.
/// </summary>
internal sealed class IndexWarmupService(IKnowledgeProvider provider, KnowledgeIndexCache cache, ILogger<IndexWarmupService> logger)
    : IHostedService, IDisposable
{
    private IDisposable? _onReload;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _onReload = ChangeToken.OnChange(provider.GetReloadToken, Warm);
        Warm();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Interlocked.Exchange(ref _onReload, null)?.Dispose();
    }

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
