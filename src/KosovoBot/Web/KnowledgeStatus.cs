using KosovoBot.Core.Health;
using KosovoBot.Core.Telemetry;
using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KosovoBot.Web;

/// <summary>
/// Watches the knowledge for operations: ready once the host has loaded it and built its index (this service
/// starts after those), and every reload after that counted with the files it refused.
/// </summary>
internal sealed class KnowledgeStatus(IServiceProvider services, BotTelemetry telemetry) : IHostedService, IReadinessCheck
{
    // Resolved only when the host starts this service: the store loads the knowledge when it is created, and
    // /readyz must answer while that runs.
    private IKnowledgeProvider? _provider;

    /// <inheritdoc />
    public string Name => "knowledge";

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredService<IKnowledgeProvider>();
        if (provider is KnowledgeStore store)
        {
            store.Reloaded += OnReloaded;
        }

        Volatile.Write(ref _provider, provider);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_provider is KnowledgeStore store)
        {
            store.Reloaded -= OnReloaded;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var provider = Volatile.Read(ref _provider);
        var documents = provider?.Current.Documents.Count ?? 0;
        return ValueTask.FromResult(
            provider is null ? ReadinessResult.NotReady("loading")
            : documents == 0 ? ReadinessResult.NotReady("no articles loaded")
            : ReadinessResult.Ready(documents == 1 ? "1 article" : $"{documents} articles"));
    }

    private void OnReloaded(object? sender, KnowledgeReloadedEventArgs e) => telemetry.KnowledgeReloaded(e.Result.Refused.Count);
}
