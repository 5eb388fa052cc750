using KosovoBot.Core.Chat;
using KosovoBot.Core.Health;
using KosovoBot.Core.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KosovoBot.Web;

/// <summary>Registers what the operations endpoints serve: readiness checks, the instrumented router, OpenTelemetry.</summary>
internal static class OperationsServiceCollectionExtensions
{
    /// <summary>The setting that turns trace export on (the OpenTelemetry SDK's standard variable).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Binds and validates <see cref="WebOptions"/>; registers the knowledge and adapter readiness checks (others,
    /// such as a shared store's, join by registering an <see cref="IReadinessCheck"/>), counts and times every request
    /// through the router, and when <c>Web:ListenUrl</c> is set exports the metrics (the bot's and the .NET
    /// runtime's) for <c>/metrics</c>. Traces go to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// Call after the retrieval services, so that the knowledge counts as ready only once its index is built.
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>()
            .Bind(configuration.GetSection(WebOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebOptions>, WebOptionsValidator>());
        services.AddBotTelemetry();

        services.AddSingleton<KnowledgeStatus>();
        services.AddHostedService(static provider => provider.GetRequiredService<KnowledgeStatus>());
        services.AddSingleton<IReadinessCheck>(static provider => provider.GetRequiredService<KnowledgeStatus>());
        services.AddSingleton<IReadinessCheck>(static provider =>
            new AdapterReadinessCheck(AdapterNames(provider), provider.GetRequiredService<AdapterConnections>()));
        services.AddSingleton<ReadinessProbe>();
        DecorateRouter(services);

        var web = !string.IsNullOrWhiteSpace(configuration[$"{WebOptions.SectionName}:ListenUrl"]);
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        if (!web && !otlp)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(static r => r.AddService("kosovobot"));
        if (web)
        {
            telemetry.WithMetrics(static metrics => metrics
                .AddMeter(BotTelemetry.Name, "System.Runtime")
                // Every scrape sees the counters as they are now; Prometheus scrapes every few seconds anyway.
                .AddPrometheusExporter(static o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        }

        if (otlp)
        {
            telemetry.WithTracing(static tracing => tracing
                .AddSource(BotTelemetry.Name, "System.Net.Http")
                .AddOtlpExporter());
        }

        return services;
    }

    // Enumerated at each check, not when the check is created: resolving the adapters builds the router and with
    // it the knowledge, which must not happen on a probe's thread before the host has loaded it.
    private static IEnumerable<string> AdapterNames(IServiceProvider provider)
    {
        foreach (var adapter in provider.GetServices<IChatAdapter>())
        {
            yield return adapter.Name;
        }
    }

    private static void DecorateRouter(IServiceCollection services)
    {
        var inner = services.LastOrDefault(static d => d.ServiceType == typeof(IChatRouter) && !d.IsKeyedService);
        if (inner is null)
        {
            return;
        }

        services.Remove(inner);
        services.AddSingleton<IChatRouter>(provider => new InstrumentedChatRouter(
            Create(provider, inner),
            provider.GetRequiredService<BotTelemetry>(),
            provider.GetRequiredService<TimeProvider>()));
    }

    private static IChatRouter Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as IChatRouter
        ?? descriptor.ImplementationFactory?.Invoke(provider) as IChatRouter
        ?? (IChatRouter)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
