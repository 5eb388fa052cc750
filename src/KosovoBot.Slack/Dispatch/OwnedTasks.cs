using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// Work that must run beside a receive loop (a slash command waiting for its answer before it acknowledges).
/// Each task is tracked, its failure logged, and all are awaited at shutdown: nothing is fire-and-forget.
/// </summary>
internal sealed class OwnedTasks(ILogger<OwnedTasks> logger)
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public void Start(Func<Task> work)
    {
        foreach (var done in _running.Keys.Where(t => t.IsCompleted))
        {
            _running.TryRemove(done, out _);
        }

        _running.TryAdd(RunAsync(work), 0);
    }

    /// <summary>Waits for everything started so far.</summary>
    public Task WhenAllAsync() => Task.WhenAll(_running.Keys);

    private async Task RunAsync(Func<Task> work)
    {
        try
        {
            await Task.Yield();
            await work();
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            Log.WorkItemFailed(logger, ex);
        }
    }
}
