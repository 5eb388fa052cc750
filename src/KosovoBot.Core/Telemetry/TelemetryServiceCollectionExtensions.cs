using KosovoBot.Core.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KosovoBot.Core.Telemetry;

/// <summary>Registers the metrics, traces and connection states the adapters report to.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BotTelemetry"/> and <see cref="AdapterConnections"/> once; every adapter's <c>Add…</c> calls
    /// it, and the host wires an exporter only when <c>Web:ListenUrl</c> is set.
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services)
    {
        services.TryAddSingleton<BotTelemetry>();
        services.TryAddSingleton<AdapterConnections>();
        return services;
    }
}
