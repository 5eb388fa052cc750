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
        AddStorageOptions(services, configuration);
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<SqliteRateCounters>();
        services.RemoveAll<ISettingsStore>();
        services.AddSingleton<ISettingsStore, SqliteSettingsStore>();
        services.RemoveAll<IQuestionRecords>();
        services.AddSingleton<IQuestionRecords, SqliteQuestionRecords>();
        services.RemoveAll<IRateCounters>();
        services.AddSingleton<IRateCounters>(static provider => provider.GetRequiredService<SqliteRateCounters>());
        services.AddHostedService<SqliteStorageStarter>();
        return services.AddQuestionRetention(configuration);
    }

    /// <summary>
    /// Deletes the question records (and their feedback) older than <c>Storage:KeepQuestions</c> at start and every hour,
    /// in whichever store is registered by then (SQLite, Redis or memory); called by <see cref="AddSqliteStorage"/>, and on
    /// its own after the Redis shared state.
    /// </summary>
    public static IServiceCollection AddQuestionRetention(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddStorageOptions(services, configuration);
        services.AddHostedService<QuestionRetentionService>();
        return services;
    }

    private static void AddStorageOptions(IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(static d => d.ServiceType == typeof(IValidateOptions<StorageOptions>)))
        {
            return;
        }

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
    }
}
