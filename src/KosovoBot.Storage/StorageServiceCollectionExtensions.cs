using KosovoBot.Core.Control;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Storage;

/// <summary>Registers the SQLite storage.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="StorageOptions"/> and keeps settings (with their audit trail), question records
    /// with their feedback, and limit counters in the SQLite file, replacing the in-memory ones; the file is opened
    /// when the host starts (register it before the chat adapters' hosted service) or at first use.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<SqliteRateCounters>();
        services.RemoveAll<ISettingsStore>();
        services.AddSingleton<ISettingsStore, SqliteSettingsStore>();
        services.RemoveAll<IQuestionRecords>();
        services.AddSingleton<IQuestionRecords, SqliteQuestionRecords>();
        services.RemoveAll<IRateCounters>();
        services.AddSingleton<IRateCounters>(static provider => provider.GetRequiredService<SqliteRateCounters>());
        services.AddHostedService<SqliteStorageStarter>();
        return services;
    }
}
