namespace KosovoBot.Core.Work;

/// <summary>
/// The adapters' worker queue: at most <c>maxConcurrency</c> pieces of work run at a time, at most
/// <c>maxBacklog</c> wait (more is refused at once, never blocking the caller), work with the same key runs in the
/// order it was queued, one after the other, and work without a key in queue order as workers free up. A failing
/// piece is reported to <c>onFailure</c> and the next one runs. Every task is owned: <see cref="RunAsync"/> starts
/// the work and, once its token fires, drops what still waits and completes when the running work has ended.
/// </summary>
public sealed class OrderedWorkers
{
    private readonly int _maxConcurrency;
    private readonly int _maxBacklog;
    private readonly Action<Exception> _onFailure;
    private readonly Lock _lock = new();
    private readonly Queue<Item> _ready = new();
    private readonly Dictionary<string, Queue<Item>> _behindKey = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private int _backlog;
    private int _active;
    private bool _started;
    private bool _stopped;
    private CancellationToken _token;

    /// <summary>Creates the queue; <paramref name="onFailure"/> is told of each piece of work that throws.</summary>
    public OrderedWorkers(int maxConcurrency, int maxBacklog, Action<Exception> onFailure)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBacklog);
        ArgumentNullException.ThrowIfNull(onFailure);
        _maxConcurrency = maxConcurrency;
        _maxBacklog = maxBacklog;
        _onFailure = onFailure;
    }

    /// <summary>
    /// Queues <paramref name="work"/> behind earlier work with the same <paramref name="key"/> (none when null).
    /// Returns at once; the work runs on a worker task, never on the caller's thread.
    /// </summary>
    public WorkAdmission TryEnqueue(string? key, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_lock)
        {
            if (_stopped)
            {
                return WorkAdmission.Stopped;
            }

            var startsAtOnce = _started && _active < _maxConcurrency && _ready.Count == 0 && (key is null || !_behindKey.ContainsKey(key));
            if (!startsAtOnce && _backlog >= _maxBacklog)
            {
                return WorkAdmission.BacklogFull;
            }

            var item = new Item(key, work);
            _backlog++;
            if (key is not null && _behindKey.TryGetValue(key, out var behind))
            {
                behind.Enqueue(item);
            }
            else
            {
                if (key is not null)
                {
                    _behindKey[key] = new Queue<Item>();
                }

                _ready.Enqueue(item);
            }

            Pump();
            return WorkAdmission.Accepted;
        }
    }

    /// <summary>
    /// Runs the queued work until <paramref name="cancellationToken"/> fires (the work gets the same token), then
    /// drops what has not started and completes when the running work has ended.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (cancellationToken.Register(() =>
        {
            Stop();
            stop.TrySetResult();
        }))
        {
            lock (_lock)
            {
                _token = cancellationToken;
                _started = true;
                Pump();
            }

            await stop.Task;
        }

        Task[] running;
        lock (_lock)
        {
            running = [.. _running];
            _running.Clear();
        }

        await Task.WhenAll(running);
    }

    /// <summary>Refuses new work from now on and drops what has not started.</summary>
    private void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            _ready.Clear();
            _behindKey.Clear();
            _backlog = 0;
        }
    }

    /// <summary>Starts ready work while workers are free. Called under the lock.</summary>
    private void Pump()
    {
        if (!_started || _stopped)
        {
            return;
        }

        _running.RemoveAll(static task => task.IsCompleted);
        while (_active < _maxConcurrency && _ready.TryDequeue(out var item))
        {
            _backlog--;
            _active++;
            var token = _token;
            _running.Add(Task.Run(() => RunItemAsync(item, token), CancellationToken.None));
        }
    }

    private async Task RunItemAsync(Item item, CancellationToken cancellationToken)
    {
        try
        {
            await item.Work(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            _onFailure(ex);
        }
        finally
        {
            Finished(item);
        }
    }

    private void Finished(Item item)
    {
        lock (_lock)
        {
            _active--;
            if (item.Key is not null && _behindKey.TryGetValue(item.Key, out var behind))
            {
                if (behind.TryDequeue(out var next))
                {
                    _ready.Enqueue(next);
                }
                else
                {
                    _behindKey.Remove(item.Key);
                }
            }

            Pump();
        }
    }

    private sealed record Item(string? Key, Func<CancellationToken, Task> Work);
}
