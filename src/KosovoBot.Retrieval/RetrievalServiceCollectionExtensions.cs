using KosovoBot.Core.Answers;
using KosovoBot.Retrieval.Answering;
using KosovoBot.Retrieval.Quotes;
using KosovoBot.Retrieval.Search;
using KosovoBot.Retrieval.Timeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval;

/// <summary>Registers search, answers, quotes, the timeline and the source catalog.</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="RetrievalOptions"/> (section <c>Retrieval</c>) and registers
    /// <see cref="IStatementSearch"/>, <see cref="IAnswerService"/>, <see cref="IQuoteService"/>,
    /// <see cref="ITimelineService"/> and <see cref="ISourceCatalog"/>. The knowledge provider comes from <c>AddKnowledge</c>.
    /// </summary>
    public static IServiceCollection AddRetrieval(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RetrievalOptions>()
            .Bind(configuration.GetSection(RetrievalOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<
            IValidateOptions<RetrievalOptions>, RetrievalOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton<KnowledgeIndexCache>();
        services.AddHostedService<IndexWarmupService>();
        services.TryAddSingleton<IStatementSearch, LuceneStatementSearch>();
        services.TryAddSingleton<IAnswerService, ExtractiveAnswerService>();
        services.TryAddSingleton<IQuoteService, QuoteService>();
        services.TryAddSingleton<ITimelineService, TimelineService>();
        services.TryAddSingleton<ISourceCatalog, SourceCatalog>();
        return services;
    }
}
