using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Retrieval.Tests.Knowledge;

public sealed class KnowledgeStoreTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly TempKnowledge _temp = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Constructor_Directory_LoadsAtStart()
    {
        _temp.CopyArticle();

        using var store = CreateStore(new FakeLogger<KnowledgeStore>());

        Assert.Equal("voa-nato-to-stay-in-kosovo", Assert.Single(store.Current.Documents).Source.Id);
        Assert.Equal(_temp.Directory, store.Directory);
    }

    [Fact]
    public async Task NotifyChanged_AfterQuietPeriod_ReloadsAddedChangedAndRemovedFiles()
    {
        _temp.CopyArticle();
        using var store = CreateStore(new FakeLogger<KnowledgeStore>());
        var before = store.Current;

        var added = _temp.Write("second.md", File.ReadAllText(TempKnowledge.SecondArticlePath));
        var reloaded = NextReload(store);
        store.NotifyChanged("Created", "second.md");
        _time.Advance(Delay - TimeSpan.FromMilliseconds(1));
        Assert.False(reloaded.IsCompleted);
        store.NotifyChanged("Changed", "second.md"); // restarts the quiet period
        _time.Advance(Delay - TimeSpan.FromMilliseconds(1));
        Assert.False(reloaded.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await reloaded.WaitAsync(Timeout);

        Assert.Equal(2, store.Current.Documents.Count);
        Assert.Single(before.Documents); // readers holding the old snapshot never see it change

        File.Delete(added);
        reloaded = NextReload(store);
        store.NotifyChanged("Deleted", "second.md");
        _time.Advance(Delay);
        await reloaded.WaitAsync(Timeout);

        Assert.Single(store.Current.Documents);
    }

    [Fact]
    public async Task NotifyChanged_FileTurnsBad_RefusesAndLogsItAndKeepsServingPreviousVersion()
    {
        _temp.CopyArticle();
        var second = _temp.Write("second.md", File.ReadAllText(TempKnowledge.SecondArticlePath));
        var logger = new FakeLogger<KnowledgeStore>();
        using var store = CreateStore(logger);
        Assert.Equal(2, store.Current.Documents.Count);

        File.WriteAllText(second, File.ReadAllText(second).Replace("published: 2008-06-12", "published: 2008-13-12", StringComparison.Ordinal));
        var reloaded = NextReload(store);
        store.NotifyChanged("Changed", "second.md");
        _time.Advance(Delay);
        await reloaded.WaitAsync(Timeout);

        const string expected = "knowledge/second.md:8: published: '2008-13-12' is not a date (yyyy-MM-dd)";
        Assert.Equal(expected, Assert.Single(store.Refused).ToString());
        Assert.Equal(2, store.Current.Documents.Count);
        Assert.Contains(store.Current.Documents, d => d.Source.Id == "wns-eu-police-mission-extended");
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotifyChanged_NewBadFile_IsRefusedWhileOthersAreServed()
    {
        _temp.CopyArticle();
        using var store = CreateStore(new FakeLogger<KnowledgeStore>());

        _temp.Write("bad.md", "no front matter here\n");
        var reloaded = NextReload(store);
        store.NotifyChanged("Created", "bad.md");
        _time.Advance(Delay);
        var result = await reloaded.WaitAsync(Timeout);

        Assert.Equal("knowledge/bad.md:1: no front matter: the file must start with a '---' line", Assert.Single(result.Refused).ToString());
        Assert.Single(store.Current.Documents);
    }

    [Fact]
    public async Task StartWatching_FileAdded_WatcherSchedulesReload()
    {
        _temp.CopyArticle();
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var collector = new FakeLogCollector(Options.Create(new FakeLogCollectorOptions
        {
            OutputSink = line =>
            {
                if (line.Contains("Knowledge change seen", StringComparison.Ordinal))
                {
                    seen.TrySetResult();
                }
            },
        }));
        using var store = CreateStore(new FakeLogger<KnowledgeStore>(collector));
        store.StartWatching();

        var reloaded = NextReload(store);
        _temp.Write("second.md", File.ReadAllText(TempKnowledge.SecondArticlePath));
        await seen.Task.WaitAsync(Timeout);
        _time.Advance(Delay);
        await reloaded.WaitAsync(Timeout);

        Assert.Equal(2, store.Current.Documents.Count);
        store.StopWatching();
    }

    [Fact]
    public async Task NotifyChanged_DirectoryMissing_KeepsServingLastSnapshotAndLogsIt()
    {
        _temp.CopyArticle();
        var logger = new FakeLogger<KnowledgeStore>();
        using var store = CreateStore(logger);
        var before = store.Current;

        Directory.Delete(_temp.Directory, recursive: true);
        var reloaded = NextReload(store);
        store.NotifyChanged("Deleted", "voa-nato-to-stay-in-kosovo.md");
        _time.Advance(Delay);
        await reloaded.WaitAsync(Timeout);

        Assert.Same(before, store.Current);
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("keeping the 1 documents served", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartWatching_DirectoryDeletedAndCreatedAgain_RecreatesWatcherOnTheNewDirectory()
    {
        _temp.CopyArticle();
        var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var logger = new FakeLogger<KnowledgeStore>(SinkFor("third.md", third));
        using var store = CreateStore(logger);
        store.StartWatching();

        Directory.Delete(_temp.Directory, recursive: true);
        var reloaded = NextReload(store);
        store.NotifyChanged("Deleted", "voa-nato-to-stay-in-kosovo.md");
        _time.Advance(Delay);
        await reloaded.WaitAsync(Timeout);
        Assert.Single(store.Current.Documents);

        Directory.CreateDirectory(_temp.Directory);
        _temp.CopyArticle();
        _temp.CopySecondArticle();
        reloaded = NextReload(store);
        _time.Advance(KnowledgeStore.RetryDelay); // nothing watches the new folder yet: the retry finds it
        await reloaded.WaitAsync(Timeout);
        Assert.Equal(2, store.Current.Documents.Count);
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Message.Contains("watcher re-created", StringComparison.Ordinal));

        reloaded = NextReload(store);
        _temp.Write("third.md", ThirdArticle());
        await third.Task.WaitAsync(Timeout); // the new watcher sees changes in the new folder
        _time.Advance(Delay);
        await reloaded.WaitAsync(Timeout);

        Assert.Equal(3, store.Current.Documents.Count);
    }

    [Fact]
    public async Task NotifyWatcherError_Always_RecreatesWatcherAndReloads()
    {
        _temp.CopyArticle();
        var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var logger = new FakeLogger<KnowledgeStore>(SinkFor("third.md", third));
        using var store = CreateStore(logger);
        store.StartWatching();

        var reloaded = NextReload(store);
        store.NotifyWatcherError(new InternalBufferOverflowException());
        _time.Advance(Delay);
        await reloaded.WaitAsync(Timeout);
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Message.Contains("watcher re-created", StringComparison.Ordinal));

        reloaded = NextReload(store);
        _temp.Write("third.md", ThirdArticle());
        await third.Task.WaitAsync(Timeout);
        _time.Advance(Delay);
        await reloaded.WaitAsync(Timeout);

        Assert.Equal(2, store.Current.Documents.Count);
    }

    [Fact]
    public void StartWatching_DirectoryMissingAtStart_LoadsAndWatchesOnceItExists()
    {
        Directory.Delete(_temp.Directory, recursive: true);
        var logger = new FakeLogger<KnowledgeStore>();
        using var store = CreateStore(logger);
        store.StartWatching();
        Assert.Empty(store.Current.Documents);

        Directory.CreateDirectory(_temp.Directory);
        _temp.CopyArticle();
        _time.Advance(KnowledgeStore.RetryDelay);

        Assert.Single(store.Current.Documents);
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Message.Contains("watcher re-created", StringComparison.Ordinal));
    }

    [Fact]
    public void NotifyChanged_ReloadThrowsUnexpectedException_LogsItAndDoesNotThrowFromTheTimer()
    {
        _temp.CopyArticle();
        var logger = new FakeLogger<KnowledgeStore>();
        using var store = CreateStore(logger);
        store.Reloaded += (_, _) => throw new NotSupportedException("subscriber bug");

        store.NotifyChanged("Changed", "voa-nato-to-stay-in-kosovo.md");
        _time.Advance(Delay); // runs the timer callback on this thread: an escaping exception would fail the test

        var error = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.IsType<NotSupportedException>(error.Exception);
        Assert.Single(store.Current.Documents);
    }

    [Fact]
    public async Task NotifyChanged_DraftCopyOfServedArticle_KeepsServingTheArticleAndRefusesTheDraft()
    {
        _temp.CopyArticle();
        using var store = CreateStore(new FakeLogger<KnowledgeStore>());

        _temp.Write("000-draft.md", File.ReadAllText(TempKnowledge.ArticlePath).Replace("title: NATO to Stay in Kosovo", "title: Draft", StringComparison.Ordinal));
        var reloaded = NextReload(store);
        store.NotifyChanged("Created", "000-draft.md");
        _time.Advance(Delay);
        await reloaded.WaitAsync(Timeout);

        Assert.Equal("NATO to Stay in Kosovo", Assert.Single(store.Current.Documents).Source.Title);
        Assert.Equal(
            "knowledge/000-draft.md:2: id 'voa-nato-to-stay-in-kosovo' is already used by knowledge/voa-nato-to-stay-in-kosovo.md",
            Assert.Single(store.Refused).ToString());
    }

    [Fact]
    public void Reload_SynonymsCannotBeRead_RefusesThemAndKeepsThePreviousRules()
    {
        _temp.CopyArticle();
        var synonyms = _temp.Write("synonyms.txt", "troops, soldiers\n");
        using var store = CreateStore(new FakeLogger<KnowledgeStore>());
        File.WriteAllText(synonyms, "talks, negotiations\n");

        using (new FileStream(synonyms, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            store.Reload();
        }

        Assert.Equal("knowledge/synonyms.txt:1: cannot read the file", Assert.Single(store.Refused).ToString());
        Assert.Equal("troops, soldiers\n", store.Current.SynonymRules);
    }

    [Fact]
    public void Reload_BadSynonymRule_LogsItWithFileAndLine()
    {
        _temp.CopyArticle();
        _temp.Write("synonyms.txt", "troops, soldiers\nthe, a\n");
        var logger = new FakeLogger<KnowledgeStore>();

        using var store = CreateStore(logger);

        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("knowledge/synonyms.txt:2: bad synonym rule", StringComparison.Ordinal));
        Assert.Equal("troops, soldiers\n\n", store.Current.SynonymRules);
    }

    public void Dispose() => _temp.Dispose();

    // Loaded as the host loads it when it starts.
    private KnowledgeStore CreateStore(ILogger<KnowledgeStore> logger)
    {
        var store = new KnowledgeStore(Options.Create(new KnowledgeOptions { Path = _temp.Directory, ReloadDelay = Delay }), _time, logger);
        store.Reload();
        return store;
    }

    private static string ThirdArticle() =>
        File.ReadAllText(TempKnowledge.SecondArticlePath).Replace("id: wns-eu-police-mission-extended", "id: third", StringComparison.Ordinal);

    private static FakeLogCollector SinkFor(string file, TaskCompletionSource seen) => new(Options.Create(new FakeLogCollectorOptions
    {
        OutputSink = line =>
        {
            if (line.Contains("Knowledge change seen", StringComparison.Ordinal) && line.Contains(file, StringComparison.Ordinal))
            {
                seen.TrySetResult();
            }
        },
    }));

    private static Task<KnowledgeLoadResult> NextReload(KnowledgeStore store)
    {
        var done = new TaskCompletionSource<KnowledgeLoadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(object? sender, KnowledgeReloadedEventArgs e)
        {
            store.Reloaded -= Handler;
            done.TrySetResult(e.Result);
        }

        store.Reloaded += Handler;
        return done.Task;
    }
}
