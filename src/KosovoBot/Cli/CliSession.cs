using KosovoBot.Composition;
using KosovoBot.Hosting;
using KosovoBot.LocalModel;
using KosovoBot.SemanticKernel.Embeddings;
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
        var builder = HostComposition.CreateBuilder([], LogLevel.Warning);
        var host = builder.Build();
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            return new CliSession(host);
        }
        catch (Exception ex) when (ConfigurationErrors.TryDescribe(ex, out var message))
        {
            await error.WriteLineAsync($"KosovoBot cannot start: {message}");
            host.Dispose();
            return null;
        }
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

    /// <summary>Resolves a required service.</summary>
    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }
}
