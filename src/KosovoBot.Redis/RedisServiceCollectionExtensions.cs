using KosovoBot.Core.Control;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Health;
using KosovoBot.Core.SharedState;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Redis;

/// <summary>Registers the Redis shared state.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>True when <c>Redis:Connection</c> is set.</summary>
    public static bool IsRedisEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.SectionName}:Connection"]);
    }

    /// <summary>
    /// Binds and validates <see cref="RedisOptions"/> and puts event de-duplication, the identify lock, the
    /// conversation store, the settings with their audit trail, the question records with their feedback and the
    /// limit counters in Redis, replacing the in-memory (or SQLite) ones; connects when the host starts (register it before
    /// the chat adapters' hosted service). Call it only when <see cref="IsRedisEnabled"/>.
    /// </summary>
    public static IServiceCollection AddRedisSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RedisOptions>()
            .Bind(configuration.GetSection(RedisOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<ISharedStateHealth>(static provider => provider.GetRequiredService<RedisConnection>());
        services.AddSingleton<IReadinessCheck, RedisReadinessCheck>();
        services.RemoveAll<IEventDeduplicator>();
        services.AddSingleton<IEventDeduplicator, RedisEventDeduplicator>();
        services.RemoveAll<IIntervalLock>();
        services.AddSingleton<IIntervalLock, RedisIntervalLock>();
        services.RemoveAll<IConversationStore>();
        services.AddSingleton<IConversationStore, RedisConversationStore>();
        services.RemoveAll<ISettingsStore>();
        services.AddSingleton<ISettingsStore, RedisSettingsStore>();
        services.RemoveAll<IQuestionRecords>();
        services.AddSingleton<IQuestionRecords, RedisQuestionRecords>();
        services.RemoveAll<IRateCounters>();
        services.AddSingleton<IRateCounters, RedisRateCounters>();
        services.AddHostedService<RedisConnector>();
        return services;
    }
}
