using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KosovoBot.Core.SharedState;

/// <summary>Registers the in-process shared state that one process needs (no server).</summary>
public static class SharedStateServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="InMemoryEventDeduplicator"/> and <see cref="InMemoryIntervalLock"/> unless a shared
    /// implementation (Redis) was registered first.
    /// </summary>
    public static IServiceCollection AddLocalSharedState(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEventDeduplicator, InMemoryEventDeduplicator>();
        services.TryAddSingleton<IIntervalLock, InMemoryIntervalLock>();
        return services;
    }
}
