using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;
using KosovoBot.Core.Control;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Core;

/// <summary>Registers the router and the commands.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IChatRouter"/> (with <see cref="QuestionGovernance"/>: limits and records for kept questions) and
    /// the ask, deadlines, quote, sources, help and <c>/kosovobot</c> (<see cref="ManageCommand"/>) commands, and the
    /// <see cref="GapReport"/> (grouping by meaning with <see cref="GapEmbeddings"/> when the embedding model registers
    /// it). The knowledge
    /// services they use (<c>IAnswerService</c>, <c>ITimelineService</c>, <c>IQuoteService</c>,
    /// <c>ISourceCatalog</c>) come from the retrieval layer. Conversations are kept by
    /// <see cref="AddConversations"/>; without it every question stands alone. Settings, question records and limit
    /// counters are kept in memory unless a store registered them first.
    /// </summary>
    public static IServiceCollection AddKosovoBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton<IConversationStore>(NoConversations.Instance);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static provider => new ConversationAnswerer(
            provider.GetRequiredService<IAnswerService>(),
            provider.GetRequiredService<IConversationStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IQuoteService>()));
        services.AddSingleton<IChatCommand>(static provider => new AskCommand(provider.GetRequiredService<ConversationAnswerer>()));
        services.AddSingleton<IChatCommand, DeadlinesCommand>();
        services.AddSingleton<IChatCommand, QuoteCommand>();
        services.AddSingleton<IChatCommand, SourcesCommand>();
        services.AddSingleton<IChatCommand, HelpCommand>();
        services.AddSingleton<IChatCommand>(static provider => new ManageCommand(
            provider.GetRequiredService<ISettingsStore>(),
            provider.GetRequiredService<ChannelSettings>(),
            provider.GetRequiredService<QuestionGovernance>(),
            provider.GetRequiredService<GapReport>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetServices<IChannelMessageAccess>(),
            provider.GetService<ILogger<ManageCommand>>()));
        services.AddSingleton<IChatRouter>(static provider => new ChatRouter(
            provider.GetServices<IChatCommand>(), provider.GetRequiredService<QuestionGovernance>()));
        services.TryAddSingleton<ISettingsStore, InMemorySettingsStore>();
        services.TryAddSingleton<IQuestionRecords, InMemoryQuestionRecords>();
        services.TryAddSingleton<IRateCounters, InMemoryRateCounters>();
        services.TryAddSingleton<ChannelSettings>();
        services.AddOptions<LimitsOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LimitsOptions>, LimitsOptionsValidator>());
        services.TryAddSingleton(static provider => new QuestionGovernance(
            provider.GetRequiredService<IRateCounters>(),
            provider.GetRequiredService<ISettingsStore>(),
            provider.GetRequiredService<IQuestionRecords>(),
            provider.GetRequiredService<ChannelSettings>(),
            provider.GetRequiredService<IOptionsMonitor<LimitsOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IKnowledgeVersion>()));
        services.TryAddSingleton(static provider => new GapReport(
            provider.GetRequiredService<IQuestionRecords>(),
            provider.GetService<IStatementSearch>(),
            provider.GetService<GapEmbeddings>(),
            provider.GetService<ILogger<GapReport>>()));
        return services;
    }

    /// <summary>
    /// Binds <see cref="LimitsOptions"/> to the section <c>Limits</c>, validated at start-up (a bad value stops the
    /// bot with one line naming it, <c>Limits:UserPerMinute</c>). Without it the defaults apply.
    /// </summary>
    public static IServiceCollection AddQuestionLimits(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddValidatedOptions<LimitsOptions, LimitsOptionsValidator>(services, configuration, LimitsOptions.SectionName);
        return services;
    }

    /// <summary>
    /// Binds <see cref="MessagesOptions"/> to the section <c>Messages</c>, validated at start-up: a
    /// <c>Messages:Culture</c> without a built-in translation stops the bot with one line listing those there are.
    /// The host applies it with <see cref="MessageCultures.Use"/>.
    /// </summary>
    public static IServiceCollection AddMessages(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddValidatedOptions<MessagesOptions, MessagesOptionsValidator>(services, configuration, MessagesOptions.SectionName);
        return services;
    }

    /// <summary>
    /// Binds and validates <see cref="ConversationOptions"/> (section <c>Conversation</c>, at start-up) and keeps
    /// conversations in memory (<see cref="InMemoryConversationStore"/>) unless another <see cref="IConversationStore"/>
    /// is registered first.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddValidatedOptions<ConversationOptions, ConversationOptionsValidator>(services, configuration, ConversationOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationStore, InMemoryConversationStore>();
        return services;
    }

    /// <summary>Binds <typeparamref name="TOptions"/> to its section, checked by its validator when the bot starts.</summary>
    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(sectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
