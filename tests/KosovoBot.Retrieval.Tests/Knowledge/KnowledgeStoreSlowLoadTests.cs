using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Statements;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Retrieval.Tests.Knowledge;

/// <summary>A reload that takes long (a huge or pathological file) must not hold up changes, stop or shutdown.</summary>
public sealed class KnowledgeStoreSlowLoadTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly TempKnowledge _temp = new();
    private readonly FakeTimeProvider _time = new();
    private readonly TaskCompletionSource _cutEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _release = new();
    private volatile bool _slow;

    [Fact]
    public async Task StopWatching_DuringSlowReload_ReturnsAtOnceAndTheOldKnowledgeStaysServed()
    {
        _temp.CopyArticle();
        using var store = CreateStore();
        var before = store.Current;

        // The file is in place before the watcher starts, so no watcher event can move the scheduled reload past
        // the clock's advance below: the only reload is the one this test schedules.
        _temp.CopySecondArticle();
        store.StartWatching();
        _slow = true;

        store.NotifyChanged("Created", "second.md");
        var reload = Task.Run(() => _time.Advance(Delay)); // the timer's reload runs on this thread
        await _cutEntered.Task.WaitAsync(Timeout);

        await Task.Run(store.StopWatching).WaitAsync(Timeout); // shutdown: must not wait for the load

        _release.Set();
        await reload.WaitAsync(Timeout);
        Assert.Same(before, store.Current); // the given-up load is never served
    }

    [Fact]
    public async Task NotifyChanged_DuringSlowReload_IsNotBlockedAndReloadsAgainAfterIt()
    {
        _temp.CopyArticle();
        using var store = CreateStore();
        _temp.CopySecondArticle();
        _slow = true;

        store.NotifyChanged("Created", "second.md");
        var reload = Task.Run(() => _time.Advance(Delay));
        await _cutEntered.Task.WaitAsync(Timeout);

        await Task.Run(() => store.NotifyChanged("Changed", "second.md")).WaitAsync(Timeout);

        _slow = false;
        _release.Set();
        await reload.WaitAsync(Timeout);
        Assert.Equal(2, store.Current.Documents.Count);
    }

    [Fact]
    public async Task Constructor_ReadsNothing_TheWatchServiceLoadsAtStart()
    {
        _temp.CopyArticle();
        var cuts = 0;
        using var store = new KnowledgeStore(
            Options.Create(new KnowledgeOptions { Path = _temp.Directory, Watch = false }), _time, new FakeLogger<KnowledgeStore>(), file =>
            {
                Interlocked.Increment(ref cuts);
                return StatementBuilder.Build(file);
            });
        Assert.Equal(0, cuts);

        await new KnowledgeWatchService(store, Options.Create(new KnowledgeOptions { Watch = false })).StartAsync(CancellationToken.None);

        Assert.Equal(1, cuts);
        Assert.Single(store.Current.Documents);
    }

    [Fact]
    public void GetReloadToken_FiresAfterTheNewSnapshotIsServed()
    {
        _temp.CopyArticle();
        using var store = CreateStore();
        store.Reload();
        var token = store.GetReloadToken();
        KnowledgeBase? seen = null;
        using var registration = token.RegisterChangeCallback(_ => seen = store.Current, null);
        _temp.CopySecondArticle();

        store.Reload();

        Assert.True(token.HasChanged);
        Assert.Equal(2, seen!.Documents.Count);
        Assert.False(store.GetReloadToken().HasChanged);
    }

    public void Dispose()
    {
        _release.Set();
        _release.Dispose();
        _temp.Dispose();
    }

    private KnowledgeStore CreateStore() =>
        new(Options.Create(new KnowledgeOptions { Path = _temp.Directory, ReloadDelay = Delay }), _time, new FakeLogger<KnowledgeStore>(), Cut);

    private KnowledgeDocument Cut(ParsedKnowledgeFile file)
    {
        if (_slow)
        {
            _cutEntered.TrySetResult();
            _release.Wait(Timeout);
        }

        return StatementBuilder.Build(file);
    }
}
