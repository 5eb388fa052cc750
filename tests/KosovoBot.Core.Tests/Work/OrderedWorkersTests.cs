using System.Collections.Concurrent;
using KosovoBot.Core.Work;

namespace KosovoBot.Core.Tests.Work;

public sealed class OrderedWorkersTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<Exception> _failures = new();

    public void Dispose() => _stopping.Dispose();

    [Fact]
    public async Task SameKey_RunsInTheOrderQueued_OneAfterTheOther()
    {
        var workers = Workers(maxConcurrency: 4, maxBacklog: 10);
        var run = workers.RunAsync(_stopping.Token);
        var firstMayEnd = Signal();
        var firstStarted = Signal();
        var order = new ConcurrentQueue<string>();
        Assert.Equal(WorkAdmission.Accepted, workers.TryEnqueue("C1", async _ =>
        {
            firstStarted.TrySetResult();
            await firstMayEnd.Task;
            order.Enqueue("first");
        }));
        var secondRan = Signal();
        Assert.Equal(WorkAdmission.Accepted, workers.TryEnqueue("C1", _ =>
        {
            order.Enqueue("second");
            secondRan.TrySetResult();
            return Task.CompletedTask;
        }));
        var otherKeyRan = Signal();
        workers.TryEnqueue("C2", _ =>
        {
            otherKeyRan.TrySetResult();
            return Task.CompletedTask;
        });

        await firstStarted.Task.WaitAsync(Patience);
        await otherKeyRan.Task.WaitAsync(Patience); // another conversation does not wait for C1
        Assert.False(secondRan.Task.IsCompleted);
        firstMayEnd.TrySetResult();
        await secondRan.Task.WaitAsync(Patience);

        Assert.Equal(["first", "second"], order);
        await StopAsync(run);
    }

    [Fact]
    public async Task MoreWorkThanWorkers_RunsAtMostMaxConcurrencyAtOnce()
    {
        var workers = Workers(maxConcurrency: 2, maxBacklog: 10);
        var run = workers.RunAsync(_stopping.Token);
        var release = Signal();
        var running = 0;
        var peak = 0;
        var started = new[] { Signal(), Signal(), Signal() };
        for (var i = 0; i < 3; i++)
        {
            var mine = started[i];
            workers.TryEnqueue(key: null, async _ =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref peak, now);
                mine.TrySetResult();
                await release.Task;
                Interlocked.Decrement(ref running);
            });
        }

        await Task.WhenAll(started[0].Task, started[1].Task).WaitAsync(Patience);
        Assert.False(started[2].Task.IsCompleted); // the third waits for a worker
        release.TrySetResult();
        await started[2].Task.WaitAsync(Patience);

        Assert.Equal(2, Volatile.Read(ref peak));
        await StopAsync(run);
    }

    [Fact]
    public async Task FullBacklog_RefusesNewWorkAtOnce_AndAcceptsAgainOnceItDrains()
    {
        var workers = Workers(maxConcurrency: 1, maxBacklog: 1);
        var run = workers.RunAsync(_stopping.Token);
        var release = Signal();
        var busy = Signal();
        var waitingRan = Signal();
        Assert.Equal(WorkAdmission.Accepted, workers.TryEnqueue(null, async _ =>
        {
            busy.TrySetResult();
            await release.Task;
        }));
        await busy.Task.WaitAsync(Patience);
        Assert.Equal(WorkAdmission.Accepted, workers.TryEnqueue(null, _ =>
        {
            waitingRan.TrySetResult();
            return Task.CompletedTask;
        }));

        var refusedRan = false;
        Assert.Equal(WorkAdmission.BacklogFull, workers.TryEnqueue("C1", _ =>
        {
            refusedRan = true;
            return Task.CompletedTask;
        }));

        release.TrySetResult();
        await waitingRan.Task.WaitAsync(Patience);
        var laterRan = Signal();
        Assert.Equal(WorkAdmission.Accepted, workers.TryEnqueue(null, _ =>
        {
            laterRan.TrySetResult();
            return Task.CompletedTask;
        }));
        await laterRan.Task.WaitAsync(Patience);
        Assert.False(refusedRan);
        await StopAsync(run);
    }

    [Fact]
    public async Task FailingWork_IsReported_AndTheNextWorkWithTheKeyRuns()
    {
        var workers = Workers(maxConcurrency: 1, maxBacklog: 10);
        var run = workers.RunAsync(_stopping.Token);
        workers.TryEnqueue("C1", _ => throw new InvalidOperationException("broken answer"));
        workers.TryEnqueue("C1", _ => Task.FromException(new InvalidOperationException("broken later")));
        var nextRan = Signal();
        workers.TryEnqueue("C1", _ =>
        {
            nextRan.TrySetResult();
            return Task.CompletedTask;
        });

        await nextRan.Task.WaitAsync(Patience);

        Assert.Equal(["broken answer", "broken later"], _failures.Select(ex => ex.Message));
        await StopAsync(run);
    }

    [Fact]
    public async Task Stop_AwaitsRunningWork_DropsWaitingWork_AndRefusesNewWork()
    {
        var workers = Workers(maxConcurrency: 1, maxBacklog: 10);
        var run = workers.RunAsync(_stopping.Token);
        var started = Signal();
        var mayEnd = Signal();
        var sawCancellation = false;
        workers.TryEnqueue(null, async token =>
        {
            started.TrySetResult();
            await mayEnd.Task;
            sawCancellation = token.IsCancellationRequested;
        });
        var waitingRan = false;
        workers.TryEnqueue(null, _ =>
        {
            waitingRan = true;
            return Task.CompletedTask;
        });
        await started.Task.WaitAsync(Patience);

        await _stopping.CancelAsync();
        Assert.Equal(WorkAdmission.Stopped, workers.TryEnqueue(null, _ => Task.CompletedTask));
        Assert.False(run.IsCompleted); // the running work has not ended yet
        mayEnd.TrySetResult();
        await run.WaitAsync(Patience);

        Assert.True(sawCancellation);
        Assert.False(waitingRan);
        Assert.Empty(_failures);
    }

    [Fact]
    public async Task WorkQueuedBeforeRun_StartsWhenRunStarts()
    {
        var workers = Workers(maxConcurrency: 1, maxBacklog: 10);
        var ran = Signal();
        Assert.Equal(WorkAdmission.Accepted, workers.TryEnqueue("C1", _ =>
        {
            ran.TrySetResult();
            return Task.CompletedTask;
        }));
        Assert.False(ran.Task.IsCompleted);

        var run = workers.RunAsync(_stopping.Token);

        await ran.Task.WaitAsync(Patience);
        await StopAsync(run);
    }

    private OrderedWorkers Workers(int maxConcurrency, int maxBacklog) => new(maxConcurrency, maxBacklog, _failures.Enqueue);

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task StopAsync(Task run)
    {
        await _stopping.CancelAsync();
        await run.WaitAsync(Patience);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref target);
        }
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) != seen);
    }
}
