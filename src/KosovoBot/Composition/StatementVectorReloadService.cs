using KosovoBot.Retrieval.Knowledge;
using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.Hosting;

namespace KosovoBot.Composition;

/// <summary>
/// Computes the vectors of a reloaded knowledge snapshot's new statements right after the reload, in the background,
/// so that no question waits for them (unchanged statements come from the cache). The start-up snapshot is warmed by
/// the embeddings' own warm-up service.
/// </summary>
internal sealed class StatementVectorReloadService(IKnowledgeProvider provider, StatementVectorWarmup warmup) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private Task _warming = Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (provider is KnowledgeStore store)
        {
            store.Reloaded += OnReloaded;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (provider is KnowledgeStore store)
        {
            store.Reloaded -= OnReloaded;
        }

        await _stopping.CancelAsync();
        Task warming;
        lock (_gate)
        {
            warming = _warming;
        }

        // WarmAsync logs its failures and only ever throws for cancellation, which is what was asked for here.
        await warming.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    /// <summary>Runs on the reload's thread: queue the warm-up behind any still running, never block the reload.</summary>
    private void OnReloaded(object? sender, KnowledgeReloadedEventArgs e)
    {
        lock (_gate)
        {
            var token = _stopping.Token;
            _warming = _warming.ContinueWith(
                _ => warmup.WarmAsync(token), token, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }
}
