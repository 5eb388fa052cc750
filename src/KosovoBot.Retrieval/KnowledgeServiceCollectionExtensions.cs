using KosovoBot.Core.Control;
using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval;

/// <summary>Registers the knowledge layer: options, the store and its watcher.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="KnowledgeOptions"/> from the <c>Knowledge</c> section (validated on start), registers
    /// <see cref="KnowledgeStore"/> as the <see cref="IKnowledgeProvider"/> singleton, the hosted service that
    /// runs its watcher, and <see cref="IKnowledgeVersion"/> (the id of the snapshot served, kept with recorded answers).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The application configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KnowledgeStore>();
        services.TryAddSingleton<IKnowledgeProvider>(sp => sp.GetRequiredService<KnowledgeStore>());
        services.TryAddSingleton<IKnowledgeVersion, KnowledgeVersion>();
        services.AddHostedService<KnowledgeWatchService>();
        return services;
    }
}
