using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// Loads the knowledge when the host starts, then starts the watcher when <see cref="KnowledgeOptions.Watch"/> is
/// on; stops it with the host without waiting for a reload in progress.
/// </summary>
/// <param name="store">The store to keep current.</param>
/// <param name="options">Whether to watch.</param>
public sealed class KnowledgeWatchService(KnowledgeStore store, IOptions<KnowledgeOptions> options) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            store.Reload(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.CompletedTask; // the host is being stopped while it starts
        }

        if (options.Value.Watch)
        {
            store.StartWatching();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.StopWatching();
        return Task.CompletedTask;
    }
}
