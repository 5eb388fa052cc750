using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Statements;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// Serves the current knowledge snapshot. The host loads it when it starts (<see cref="KnowledgeWatchService"/>);
/// used without a host, the first read loads it. When watching, it reloads after the directory has been quiet for
/// <see cref="KnowledgeOptions.ReloadDelay"/> and swaps the snapshot atomically.
/// A bad file is refused and logged while the other files, and the last good version of that file, stay served.
/// A missing directory keeps the last snapshot served, and the watcher is re-created once the directory is back.
/// Loading runs outside the store's lock, one load at a time, and stops between files when watching stops, so a
/// slow load never blocks change notifications or shutdown.
/// </summary>
public sealed class KnowledgeStore : IKnowledgeProvider, IDisposable
{
    /// <summary>How often, while watching, a missing directory or a failed watcher is looked at again.</summary>
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeStore> _logger;
    private readonly TimeSpan _delay;
    private readonly long _maxFileBytes;
    private readonly Func<ParsedKnowledgeFile, KnowledgeDocument> _cut;
    private readonly Lock _gate = new();

    // One load at a time, so that each load starts from the result of the one before; never held with gate.
    private readonly SemaphoreSlim _loading = new(1, 1);
    private CancellationTokenSource _stopping = new();
    private KnowledgeLoadResult? _last;
    private CancellationTokenSource _reloaded = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;
    private bool _watching;

    // Set when the watcher reported an error or the directory was missing: a folder that was swapped or deleted
    // and created again is a new folder, and the old watcher never sees a change in it.
    private bool _watcherStale;

    /// <summary>Creates the store; nothing is read until the host starts or the knowledge is first asked for.</summary>
    /// <param name="options">Where the knowledge is.</param>
    /// <param name="time">Clock for the reload delay.</param>
    /// <param name="logger">Where loads and refusals are logged.</param>
    public KnowledgeStore(IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeStore> logger)
        : this(options, time, logger, StatementBuilder.Build)
    {
    }

    /// <summary>Creates the store with another statement cutter (tests make it slow or blocking).</summary>
    internal KnowledgeStore(
        IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeStore> logger, Func<ParsedKnowledgeFile, KnowledgeDocument> cut)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _logger = logger;
        _cut = cut;
        _delay = options.Value.ReloadDelay;
        _maxFileBytes = options.Value.MaxFileBytes;
        Directory = KnowledgePath.Resolve(options.Value.Path, Environment.CurrentDirectory);
    }

    /// <summary>Raised after every reload, on the thread that ran it.</summary>
    public event EventHandler<KnowledgeReloadedEventArgs>? Reloaded;

    /// <summary>The resolved knowledge directory.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public KnowledgeBase Current => Loaded().Knowledge;

    /// <summary>The files refused by the last load, as <c>file:line: reason</c>.</summary>
    public IReadOnlyList<KnowledgeFileError> Refused => Loaded().Refused;

    /// <inheritdoc />
    public IChangeToken GetReloadToken() => new CancellationChangeToken(Volatile.Read(ref _reloaded).Token);

    /// <summary>
    /// Loads the directory again now and serves the result. When the directory does not exist, the last snapshot
    /// stays served (a deploy or checkout that swaps the folder must not leave the bot with nothing).
    /// </summary>
    /// <returns>What is served after the reload.</returns>
    public KnowledgeLoadResult Reload() => Reload(CancellationToken.None);

    /// <summary>Loads the directory again now and serves the result, unless cancelled first.</summary>
    /// <param name="cancellationToken">Gives the load up between files; what was served stays served.</param>
    /// <returns>What is served after the reload.</returns>
    /// <exception cref="OperationCanceledException">The load was given up.</exception>
    public KnowledgeLoadResult Reload(CancellationToken cancellationToken)
    {
        KnowledgeLoadResult result;
        bool missing;
        _loading.Wait(cancellationToken);
        try
        {
            missing = !System.IO.Directory.Exists(Directory);
            if (missing)
            {
                lock (_gate)
                {
                    _watcherStale = true;
                }

                result = Volatile.Read(ref _last) ?? Empty;
                Volatile.Write(ref _last, result);
            }
            else
            {
                result = KnowledgeLoader.Load(Directory, Volatile.Read(ref _last), _cut, _maxFileBytes, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                Volatile.Write(ref _last, result);
            }
        }
        finally
        {
            _loading.Release();
        }

        if (missing)
        {
            if (result.Knowledge.Documents.Count == 0)
            {
                Log.KnowledgeDirectoryMissing(_logger, Directory);
            }
            else
            {
                Log.KnowledgeDirectoryMissingKeepingLast(_logger, Directory, result.Knowledge.Documents.Count);
            }
        }
        else
        {
            foreach (var error in result.Refused)
            {
                Log.KnowledgeFileRefused(_logger, error.ToString());
            }

            var statements = result.Knowledge.Documents.Sum(d => d.Statements.Count);
            Log.KnowledgeLoaded(_logger, Directory, result.Knowledge.Documents.Count, statements, result.Refused.Count);
        }

        Reloaded?.Invoke(this, new KnowledgeReloadedEventArgs(result));
        // Not disposed: a reader may have taken its token a moment ago and still be registering on it.
        Interlocked.Exchange(ref _reloaded, new CancellationTokenSource()).Cancel();

        return result;
    }

    /// <summary>
    /// Starts watching the directory for added, changed, renamed and removed files. When the directory does not
    /// exist yet, it is looked at again every <see cref="RetryDelay"/> and watched (and loaded) once it does.
    /// </summary>
    public void StartWatching()
    {
        lock (_gate)
        {
            if (_watching)
            {
                return;
            }

            _watching = true;
            if (_stopping.IsCancellationRequested)
            {
                // Not disposed: a reload given up a moment ago may still be looking at its token.
                _stopping = new CancellationTokenSource();
            }

            if (!System.IO.Directory.Exists(Directory))
            {
                Log.KnowledgeDirectoryMissing(_logger, Directory);
                _watcherStale = true;
                ScheduleLocked(RetryDelay);
                return;
            }

            _watcher = CreateWatcher();
            _watcherStale = false;
        }

        Log.KnowledgeWatchStarted(_logger, Directory);
    }

    /// <summary>Stops watching; a pending reload is cancelled and a running one given up, without waiting for it.</summary>
    public void StopWatching()
    {
        FileSystemWatcher? old;
        lock (_gate)
        {
            _watching = false;
            old = _watcher;
            _watcher = null;
            _debounce?.Dispose();
            _debounce = null;
            _stopping.Cancel();
        }

        // Outside the lock: the watcher's event threads take the same lock.
        old?.Dispose();
    }

    /// <inheritdoc />
    public void Dispose() => StopWatching();

    private static KnowledgeLoadResult Empty { get; } = new(KnowledgeBase.Empty, []);

    // Without a host (a command-line verb, a test) nobody loads at start: the first reader does.
    private KnowledgeLoadResult Loaded()
    {
        if (Volatile.Read(ref _last) is { } loaded)
        {
            return loaded;
        }

        _loading.Wait();
        try
        {
            loaded = Volatile.Read(ref _last);
        }
        finally
        {
            _loading.Release();
        }

        return loaded ?? Reload();
    }

    /// <summary>Schedules a reload after the quiet period; every new change restarts the period.</summary>
    /// <param name="changeType">What happened, for the log.</param>
    /// <param name="file">The file name, for the log.</param>
    internal void NotifyChanged(string changeType, string file)
    {
        Log.KnowledgeChangeSeen(_logger, changeType, file);
        lock (_gate)
        {
            ScheduleLocked(_delay);
        }
    }

    /// <summary>The watcher failed (e.g. its buffer overflowed or its folder went away): re-create it and reload everything.</summary>
    /// <param name="exception">What the watcher reported.</param>
    internal void NotifyWatcherError(Exception exception)
    {
        Log.KnowledgeWatcherError(_logger, exception);
        lock (_gate)
        {
            _watcherStale = true;
        }

        NotifyChanged("Error", string.Empty);
    }

    private void ScheduleLocked(TimeSpan due)
    {
        if (_debounce is null)
        {
            _debounce = _time.CreateTimer(_ => ReloadFromTimer(), null, due, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _debounce.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private FileSystemWatcher CreateWatcher()
    {
        var created = new FileSystemWatcher(Directory)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            IncludeSubdirectories = false,
        };
        created.Changed += OnChanged;
        created.Created += OnChanged;
        created.Deleted += OnChanged;
        created.Renamed += OnChanged;
        created.Error += OnError;
        created.EnableRaisingEvents = true;
        return created;
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => NotifyChanged(e.ChangeType.ToString(), e.Name ?? string.Empty);

    private void OnError(object sender, ErrorEventArgs e) => NotifyWatcherError(e.GetException());

    private void ReloadFromTimer()
    {
        CancellationToken token;
        lock (_gate)
        {
            token = _stopping.Token;
        }

        try
        {
            RenewWatcherIfStale();
            Reload(token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Watching stopped (shutdown) during the load: what was served stays served.
        }
        catch (Exception ex)
        {
            // Everything, not a list of expected types: the timer thread has no caller, so any exception escaping
            // it would end the process. Whatever snapshot was served stays served.
            Log.KnowledgeReloadFailed(_logger, ex);
        }
        finally
        {
            lock (_gate)
            {
                if (_watching && _watcherStale)
                {
                    ScheduleLocked(RetryDelay);
                }
            }
        }
    }

    private void RenewWatcherIfStale()
    {
        FileSystemWatcher? old;
        lock (_gate)
        {
            if (!_watching || !_watcherStale || !System.IO.Directory.Exists(Directory))
            {
                return;
            }

            old = _watcher;
            _watcher = CreateWatcher();
            _watcherStale = false;
        }

        old?.Dispose();
        Log.KnowledgeWatcherRenewed(_logger, Directory);
    }
}
