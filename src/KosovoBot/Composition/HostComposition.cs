using KosovoBot.Core;
using KosovoBot.LocalModel;
using KosovoBot.Redis;
using KosovoBot.Retrieval;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.SemanticKernel;
using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace KosovoBot.Composition;

/// <summary>The one place that wires configuration, logging and the platform-neutral services for every entry point.</summary>
internal static class HostComposition
{
    // The generic host's own switch for appsettings.json's reloadOnChange.
    private const string ReloadConfigOnChangeKey = "hostBuilder:reloadConfigOnChange";

    /// <summary>
    /// A host builder with configuration (appsettings.json, environment variables such as <c>Discord__Token</c>,
    /// <paramref name="args"/>), logs on standard error (standard output is for answers), the knowledge, retrieval,
    /// router and, when configured, the LLM answerer.
    /// </summary>
    /// <param name="args">Command-line configuration.</param>
    /// <param name="defaultLogLevel">The minimum log level unless configured.</param>
    /// <param name="watchConfiguration">
    /// Reload appsettings.json when it changes. Only the long-running host wants it: the watch is set on the current
    /// folder, which for a one-shot verb can be a folder with thousands of subfolders (one watch each).
    /// </param>
    public static HostApplicationBuilder CreateBuilder(string[] args, LogLevel defaultLogLevel, bool watchConfiguration = false)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new(ReloadConfigOnChangeKey, watchConfiguration ? "true" : "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
            Configuration = configuration,
        });

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;

            // Logs go to standard error; .NET looks only at standard output to decide on colour, so a log
            // redirected to a file while answers go to the terminal would be full of escape codes.
            options.ColorBehavior = Console.IsErrorRedirected ? LoggerColorBehavior.Disabled : LoggerColorBehavior.Default;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(defaultLogLevel);

        AddAnswering(builder.Services, builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Settings, question records and limit counters: in Redis when <c>Redis:Connection</c> is set (with the rest of
    /// the shared state, so every replica sees the same), otherwise in the SQLite file <c>Storage:Path</c>.
    /// </summary>
    private static void AddStorage(IServiceCollection services, IConfiguration configuration)
    {
        if (RedisServiceCollectionExtensions.IsRedisEnabled(configuration))
        {
            services.AddRedisSharedState(configuration);
            services.AddQuestionRetention(configuration);
        }
        else
        {
            services.AddSqliteStorage(configuration);
        }
    }

    private static void AddAnswering(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddConversations(configuration);
        services.AddMessages(configuration);
        services.AddKosovoBotCore();
        services.AddQuestionLimits(configuration);
        AddStorage(services, configuration);
        services.AddKnowledge(configuration);
        services.AddRetrieval(configuration);

        // Decorates the extractive answerer and search only when Llm/Embeddings settings are present.
        services.AddSingleton<IStatementCorpus, KnowledgeStatementCorpus>();
        services.AddSemanticKernelAnswering(configuration);

        // Without Embeddings:Endpoint, the local model embeds questions and statements (Embeddings:Local=false: none).
        services.AddLocalEmbeddingModel(configuration);
        if (services.Any(d => d.ServiceType == typeof(StatementVectorWarmup)))
        {
            services.AddHostedService(sp => new StatementVectorReloadService(
                sp.GetRequiredService<IKnowledgeProvider>(), sp.GetRequiredService<StatementVectorWarmup>()));
        }
    }
}
