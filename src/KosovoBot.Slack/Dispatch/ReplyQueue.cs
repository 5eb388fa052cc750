using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// The owned background queue: acknowledgements return at once and the answers are worked on here by a fixed
/// number of awaited consumers. A failing item is logged and the next one runs.
/// </summary>
internal sealed class ReplyQueue(IOptions<SlackOptions> options, ILogger<ReplyQueue> logger)
{
    private readonly Channel<Func<CancellationToken, Task>> _items =
        Channel.CreateUnbounded<Func<CancellationToken, Task>>(new UnboundedChannelOptions { SingleWriter = false });

    /// <summary>Queues work; it runs on a consumer with the adapter's lifetime token.</summary>
    public void Enqueue(Func<CancellationToken, Task> work)
    {
        if (!_items.Writer.TryWrite(work))
        {
            throw new InvalidOperationException("The Slack reply queue is closed.");
        }
    }

    /// <summary>Runs the consumers until <paramref name="cancellationToken"/> fires.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.ReplyWorkers).Select(_ => ConsumeAsync(cancellationToken)));

    private async Task ConsumeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var work in _items.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    await work(cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    Log.WorkItemFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
