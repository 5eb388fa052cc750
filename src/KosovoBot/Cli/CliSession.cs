using KosovoBot.Composition;
using KosovoBot.Core.Text;
using KosovoBot.Hosting;
using KosovoBot.LocalModel;
using KosovoBot.Redis;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Cli;

/// <summary>
/// The services a one-shot verb needs, composed exactly as the chat host composes them but without adapters or
/// the knowledge watcher, and with the same start-up validation of every options class.
/// </summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly IHost _host;

    private CliSession(IHost host) => _host = host;

    /// <summary>The composed services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Builds and validates the services; on a configuration error returns null after printing it.</summary>
    public static async Task<CliSession?> OpenAsync(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var builder = HostComposition.CreateBuilder([], LogLevel.Warning);
        if (await WorkerHost.ReportAsync(ConfigurationProblems.FindBeforeBuild(builder.Configuration), error))
        {
            return null;
        }

        var optionsTypes = ConfigurationProblems.OptionsTypes(builder.Services);
        var host = builder.Build();
        if (!await WorkerHost.ReportAsync(ConfigurationProblems.Find(host.Services, builder.Configuration, optionsTypes), error))
        {
            MessageCultures.Use(host.Services.GetRequiredService<IOptions<MessagesOptions>>().Value);
            return new CliSession(host);
        }

        host.Dispose();
        return null;
    }

    /// <summary>
    /// Waits until the local embedding model has loaded and every statement has its vector (or the model failed to
    /// load, logged once), so that a command-line answer never depends on how fast the model loaded.
    /// </summary>
    public async Task WaitForLocalModelAsync(CancellationToken cancellationToken)
    {
        if (_host.Services.GetService<LocalEmbeddingGenerator>() is not { } model)
        {
            return;
        }

        // The model loads on the thread pool while this thread reads the knowledge and the cached vectors; warming
        // then embeds a probe question, which waits for the model (and does nothing more when it cannot load).
        var loading = model.LoadAsync(cancellationToken);
        if (_host.Services.GetService<StatementVectorWarmup>() is { } warmup)
        {
            await warmup.WarmAsync(cancellationToken);
        }

        await loading;
    }

    /// <summary>
    /// Opens the store of settings, records and limit counters as the chat host does at start: connects to Redis when
    /// <c>Redis:Connection</c> is set, otherwise creates, checks and migrates the <c>Storage:Path</c> file. On failure
    /// prints the one line naming the setting and returns false.
    /// </summary>
    public async Task<bool> OpenStorageAsync(TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            if (_host.Services.GetService<RedisConnection>() is { } redis)
            {
                await redis.ConnectAsync(cancellationToken);
            }
            else
            {
                await Get<SqliteDatabase>().EnsureReadyAsync(cancellationToken);
            }

            return true;
        }
        catch (OptionsValidationException ex) when (ConfigurationErrors.TryDescribe(ex, out var message))
        {
            await error.WriteLineAsync(message);
            return false;
        }
    }

    /// <summary>The knowledge folder the settings name, resolved as the store resolves it.</summary>
    public string KnowledgeDirectory =>
        KnowledgePath.Resolve(Get<IOptions<KnowledgeOptions>>().Value.Path, Environment.CurrentDirectory);

    /// <summary>
    /// Like <see cref="OpenAsync"/>, and also fails (after printing the setting and the folder) when the knowledge
    /// folder does not exist: a verb that answers from the articles must not look successful with none.
    /// </summary>
    public static async Task<CliSession?> OpenWithKnowledgeAsync(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var session = await OpenAsync(error);
        if (session is null || Directory.Exists(session.KnowledgeDirectory))
        {
            return session;
        }

        await error.WriteLineAsync(MissingKnowledgeFolder(session.KnowledgeDirectory));
        await session.DisposeAsync();
        return null;
    }

    /// <summary>The message for a knowledge folder that does not exist.</summary>
    public static string MissingKnowledgeFolder(string directory) =>
        $"{directory}: no such knowledge folder (setting Knowledge:Path)";

    /// <summary>Resolves a required service.</summary>
    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // The Redis connection can only be closed asynchronously.
        if (_host is IAsyncDisposable host)
        {
            await host.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
