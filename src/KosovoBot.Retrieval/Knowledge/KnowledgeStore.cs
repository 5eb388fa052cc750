using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// Serves the current knowledge snapshot. Loads the directory when created; when watching, reloads after the
/// directory has been quiet for <see cref="KnowledgeOptions.ReloadDelay"/> and swaps the snapshot atomically.
/// A bad file is refused and logged while the other files, and the last good version of that file, stay served.
/// </summary>
public sealed class KnowledgeStore : IKnowledgeProvider, IDisposable
{
    private readonly TimeProvider time;
    private readonly ILogger<KnowledgeStore> logger;
    private readonly TimeSpan delay;
    private readonly Lock gate = new();
    private KnowledgeLoadResult last;
    private FileSystemWatcher? watcher;
    private ITimer? debounce;

    /// <summary>Creates the store and loads the knowledge.</summary>
    /// <param name="options">Where the knowledge is.</param>
    /// <param name="time">Clock for the reload delay.</param>
    /// <param name="logger">Where loads and refusals are logged.</param>
    public KnowledgeStore(IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time;
        this.logger = logger;
        delay = options.Value.ReloadDelay;
        Directory = KnowledgePath.Resolve(options.Value.Path, Environment.CurrentDirectory);
        last = new KnowledgeLoadResult(KnowledgeBase.Empty, []);
        Reload();
    }

    /// <summary>Raised after every reload, on the thread that ran it.</summary>
    public event EventHandler<KnowledgeReloadedEventArgs>? Reloaded;

    /// <summary>The resolved knowledge directory.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public KnowledgeBase Current => Volatile.Read(ref last).Knowledge;

    /// <summary>The files refused by the last load, as <c>file:line: reason</c>.</summary>
    public IReadOnlyList<KnowledgeFileError> Refused => Volatile.Read(ref last).Refused;

    /// <summary>Loads the directory again now and serves the result.</summary>
    /// <returns>What was loaded.</returns>
    public KnowledgeLoadResult Reload()
    {
        KnowledgeLoadResult result;
        lock (gate)
        {
            if (!System.IO.Directory.Exists(Directory))
            {
                Log.KnowledgeDirectoryMissing(logger, Directory);
            }

            result = KnowledgeLoader.Load(Directory, last.GoodByPath);
            Volatile.Write(ref last, result);
        }

        foreach (var error in result.Refused)
        {
            Log.KnowledgeFileRefused(logger, error.ToString());
        }

        var statements = result.Knowledge.Documents.Sum(d => d.Statements.Count);
        Log.KnowledgeLoaded(logger, Directory, result.Knowledge.Documents.Count, statements, result.Refused.Count);
        Reloaded?.Invoke(this, new KnowledgeReloadedEventArgs(result));
        return result;
    }

    /// <summary>Starts watching the directory for added, changed, renamed and removed files.</summary>
    public void StartWatching()
    {
        lock (gate)
        {
            if (watcher is not null || !System.IO.Directory.Exists(Directory))
            {
                if (watcher is null)
                {
                    Log.KnowledgeDirectoryMissing(logger, Directory);
                }

                return;
            }

            watcher = new FileSystemWatcher(Directory)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                IncludeSubdirectories = false,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
        }

        Log.KnowledgeWatchStarted(logger, Directory);
    }

    /// <summary>Stops watching; a pending reload is cancelled.</summary>
    public void StopWatching()
    {
        lock (gate)
        {
            watcher?.Dispose();
            watcher = null;
            debounce?.Dispose();
            debounce = null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => StopWatching();

    /// <summary>Schedules a reload after the quiet period; every new change restarts the period.</summary>
    /// <param name="changeType">What happened, for the log.</param>
    /// <param name="file">The file name, for the log.</param>
    internal void NotifyChanged(string changeType, string file)
    {
        Log.KnowledgeChangeSeen(logger, changeType, file);
        lock (gate)
        {
            if (debounce is null)
            {
                debounce = time.CreateTimer(_ => ReloadSafely(), null, delay, Timeout.InfiniteTimeSpan);
            }
            else
            {
                debounce.Change(delay, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => NotifyChanged(e.ChangeType.ToString(), e.Name ?? string.Empty);

    private void OnError(object sender, ErrorEventArgs e)
    {
        Log.KnowledgeWatcherError(logger, e.GetException());
        NotifyChanged("Error", string.Empty);
    }

    private void ReloadSafely()
    {
        try
        {
            Reload();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            // The timer thread has no caller to throw to; the previous snapshot stays served.
            Log.KnowledgeReloadFailed(logger, ex);
        }
    }
}
