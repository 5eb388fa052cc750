namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Runs dispatch work as owned tasks: at most <c>maxConcurrency</c> at a time, in order per key (work with the
/// same key waits for the previous one), and every task is kept until it ends so that shutdown can await it.
/// The work must not throw; the dispatcher logs and swallows each event's failure itself.
/// </summary>
internal sealed class DispatchWorkers(int maxConcurrency) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(maxConcurrency, maxConcurrency);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Task> _lastByKey = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];

    /// <summary>
    /// Starts <paramref name="work"/> after the previous work with the same <paramref name="key"/>, or at once
    /// (as soon as a slot is free) when <paramref name="key"/> is null.
    /// </summary>
    public void Start(string? key, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _running.RemoveAll(static task => task.IsCompleted);
            var previous = key is null ? null : _lastByKey.GetValueOrDefault(key);
            var task = RunAsync(previous, work, cancellationToken);
            _running.Add(task);
            if (key is not null)
            {
                _lastByKey[key] = task;
            }

            if (_lastByKey.Count > _running.Count)
            {
                foreach (var (done, _) in _lastByKey.Where(static pair => pair.Value.IsCompleted).ToList())
                {
                    _lastByKey.Remove(done);
                }
            }
        }
    }

    /// <summary>Completes when every work started so far has ended.</summary>
    public Task WhenAllAsync()
    {
        lock (_lock)
        {
            return Task.WhenAll(_running);
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task RunAsync(Task? previous, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        // Yield first so that the caller (the lane reading the queue) never runs the work itself.
        await Task.Yield();
        try
        {
            if (previous is not null)
            {
                await previous;
            }

            await _slots.WaitAsync(cancellationToken);
            try
            {
                await work(cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down; work that had not started is dropped with the session.
        }
    }
}
