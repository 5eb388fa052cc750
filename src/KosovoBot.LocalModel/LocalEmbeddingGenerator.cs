using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace KosovoBot.LocalModel;

/// <summary>
/// Embeds texts with a <see cref="SentenceModel"/> on this machine, offline. The model loads once, in the background,
/// on the first <see cref="LoadAsync"/> or <see cref="GenerateAsync"/>; a model that cannot load is one logged warning,
/// and every later call throws <see cref="EmbeddingModelUnavailableException"/> at once. Texts are embedded as given:
/// a search query takes <see cref="SentenceModel.QueryPrefix"/> from its caller. Thread-safe.
/// </summary>
public sealed class LocalEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>, IAsyncDisposable
{
    private readonly int _threads;
    private readonly string? _modelDirectory;
    private readonly ILogger<LocalEmbeddingGenerator> _logger;
    private readonly CancellationTokenSource _disposed = new();
    private readonly CancellationToken _stopping;
    private int _disposeCount;
    private readonly Lazy<Task<OnnxSentenceEncoder?>> _encoder;

    // Encoding holds it shared, disposal exclusively: the model is never freed under a running batch.
    private readonly ReaderWriterLockSlim _running = new();

    /// <summary>Creates the generator; nothing is read until the model is first needed.</summary>
    /// <param name="model">The model and where its resources are.</param>
    /// <param name="threads">ONNX Runtime intra-op threads for one batch.</param>
    /// <param name="modelDirectory">Where the ONNX graph is extracted once; null keeps it in memory instead.</param>
    /// <param name="logger">Receives the load time, or the one warning when the model cannot load.</param>
    public LocalEmbeddingGenerator(SentenceModel model, int threads, string? modelDirectory, ILogger<LocalEmbeddingGenerator> logger)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        Model = model;
        _threads = threads;
        _modelDirectory = modelDirectory;
        _logger = logger;
        Metadata = new EmbeddingGeneratorMetadata("local", defaultModelId: model.Name);
        _stopping = _disposed.Token;
        _encoder = new(() => Task.Run(LoadEncoderAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The model this generator runs; its <see cref="SentenceModel.QueryPrefix"/> belongs before a query.</summary>
    public SentenceModel Model { get; }

    /// <summary>The generator's description: provider <c>local</c>, the model's name.</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <summary>True once the model has loaded.</summary>
    public bool IsLoaded => _encoder.IsValueCreated && _encoder.Value.IsCompletedSuccessfully && _encoder.Value.Result is not null;

    /// <summary>
    /// Starts loading the model if it has not started, and waits for it: true when it is ready, false when it cannot
    /// load (logged once). <paramref name="cancellationToken"/> ends the wait, not the loading others may share;
    /// disposing the generator ends the loading.
    /// </summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken) =>
        await _encoder.Value.WaitAsync(cancellationToken) is not null;

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as IReadOnlyList<string> ?? [.. values];
        var ready = await _encoder.Value.WaitAsync(cancellationToken)
            ?? throw new EmbeddingModelUnavailableException($"The local embedding model {Model.Name} could not be loaded.");
        float[][] vectors;
        _running.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposeCount) != 0, this);
            vectors = ready.Encode(texts, cancellationToken);
        }
        finally
        {
            _running.ExitReadLock();
        }

        return [.. vectors.Select(v => new Embedding<float>(v) { ModelId = Model.Name })];
    }

    /// <summary>
    /// The words of each of <paramref name="texts"/> with their vectors in context (<see cref="OnnxSentenceEncoder.EncodeWords"/>);
    /// throws <see cref="EmbeddingModelUnavailableException"/> when the model cannot load.
    /// </summary>
    internal async Task<ContextualWords[]> EncodeWordsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var ready = await _encoder.Value.WaitAsync(cancellationToken)
            ?? throw new EmbeddingModelUnavailableException($"The local embedding model {Model.Name} could not be loaded.");
        _running.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposeCount) != 0, this);
            return ready.EncodeWords(texts, cancellationToken);
        }
        finally
        {
            _running.ExitReadLock();
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
            : serviceType == typeof(SentenceModel) ? Model
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <summary>
    /// Ends a load under way and frees the model, after waiting for native work in progress (a load cannot be
    /// interrupted inside ONNX Runtime, and a process must not exit under it). Safe to call more than once.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposeCount, 1) != 0)
        {
            return;
        }

        _disposed.Cancel();
        FreeModel(_encoder.IsValueCreated ? _encoder.Value.GetAwaiter().GetResult() : null);
    }

    /// <inheritdoc cref="Dispose" />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposeCount, 1) != 0)
        {
            return;
        }

        await _disposed.CancelAsync();
        FreeModel(_encoder.IsValueCreated ? await _encoder.Value : null);
    }

    private void FreeModel(OnnxSentenceEncoder? loaded)
    {
        _running.EnterWriteLock();
        try
        {
            loaded?.Dispose();
        }
        finally
        {
            _running.ExitWriteLock();
        }

        _running.Dispose();
        _disposed.Dispose();
    }

    private async Task<OnnxSentenceEncoder?> LoadEncoderAsync()
    {
        var token = _stopping;
        var started = TimeProvider.System.GetTimestamp();
        InferenceSession? session = null;
        try
        {
            var resources = ModelResources.Open(Model);
            BertTokenizer tokenizer;
            await using (var vocabulary = resources.OpenVocabulary())
            {
                tokenizer = await BertTokenizer.CreateAsync(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true }, token);
            }

            var path = await resources.ExtractModelAsync(_modelDirectory, _logger, token);
            token.ThrowIfCancellationRequested();
            using var options = new SessionOptions
            {
                IntraOpNumThreads = _threads,
                InterOpNumThreads = 1,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            };
            session = path is not null ? new InferenceSession(path, options) : new InferenceSession(resources.ReadModel(), options);
            token.ThrowIfCancellationRequested();
            var loaded = new OnnxSentenceEncoder(session, tokenizer, Model);
            session = null;
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            Log.ModelLoaded(_logger, Model.Name, (long)elapsed.TotalMilliseconds);
            return loaded;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            session?.Dispose();
            return null;
        }
        catch (Exception ex)
        {
            // Whatever went wrong (the DLL or a resource missing, a graph ONNX Runtime rejects, a vocabulary the
            // tokenizer cannot read), the bot answers lexically: one warning, never a crash.
            session?.Dispose();
            Log.ModelUnavailable(_logger, Model.Name, $"{ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }
}
