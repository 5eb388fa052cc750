using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Core;

/// <summary>Registers the router and the commands.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IChatRouter"/> and the ask, deadlines, quote, sources and help commands. The knowledge
    /// services they use (<c>IAnswerService</c>, <c>ITimelineService</c>, <c>IQuoteService</c>,
    /// <c>ISourceCatalog</c>) come from the retrieval layer.
    /// </summary>
    public static IServiceCollection AddKosovoBotCore(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommand, AskCommand>();
        services.AddSingleton<IChatCommand, DeadlinesCommand>();
        services.AddSingleton<IChatCommand, QuoteCommand>();
        services.AddSingleton<IChatCommand, SourcesCommand>();
        services.AddSingleton<IChatCommand, HelpCommand>();
        services.AddSingleton<IChatRouter, ChatRouter>();
        return services;
    }
}
