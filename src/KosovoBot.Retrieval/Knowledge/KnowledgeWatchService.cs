using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>Starts the knowledge watcher with the host when <see cref="KnowledgeOptions.Watch"/> is on, and stops it with the host.</summary>
/// <param name="store">The store to keep current.</param>
/// <param name="options">Whether to watch.</param>
public sealed class KnowledgeWatchService(KnowledgeStore store, IOptions<KnowledgeOptions> options) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
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
