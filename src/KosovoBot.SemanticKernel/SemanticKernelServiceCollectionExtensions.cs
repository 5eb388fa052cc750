using System.ClientModel;
using System.ClientModel.Primitives;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Control;
using KosovoBot.SemanticKernel.Answering;
using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.SemanticKernel.Plugins;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Data;
using OpenAI;

// ITextSearch<TRecord> is evaluation-only in SK 1.82 (SKEXP0001); registering it is what lets SK's RAG
// helpers find the statement index. See StatementTextSearch.
#pragma warning disable SKEXP0001

namespace KosovoBot.SemanticKernel;

/// <summary>Registers the Semantic Kernel plugin and, when configured, the verified LLM answerer and semantic search.</summary>
public static class SemanticKernelServiceCollectionExtensions
{
    /// <summary>The key of the chat client and its HTTP client in the container.</summary>
    public const string LlmServiceKey = "KosovoBot.Llm";

    /// <summary>The key of the embedding generator and its HTTP client in the container.</summary>
    public const string EmbeddingsServiceKey = "KosovoBot.Embeddings";

    // Local servers (Ollama, vLLM) take no key, but the OpenAI client insists on one; it is sent and ignored.
    private const string NoApiKey = "no-key";

    /// <summary>
    /// Adds the <see cref="KnowledgePlugin"/> (also as a <see cref="KernelPlugin"/> for any <see cref="Kernel"/> from
    /// the container) and <see cref="StatementTextSearch"/> as SK's <c>ITextSearch&lt;StatementView&gt;</c>. When
    /// <c>Llm:Endpoint</c> is set, decorates the registered <see cref="IAnswerService"/> with
    /// <see cref="VerifiedLlmAnswerService"/>; when <c>Embeddings:Endpoint</c> is set, decorates the registered
    /// <see cref="IStatementSearch"/> with semantic ranking. Call it after the retrieval services are registered.
    /// Without either setting no model is called and nothing is downloaded.
    /// </summary>
    public static IServiceCollection AddSemanticKernelAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KnowledgePlugin>();
        services.TryAddSingleton<StatementTextSearch>();
        services.TryAddSingleton<ITextSearch<StatementView>>(sp => sp.GetRequiredService<StatementTextSearch>());
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<KnowledgePlugin>(), KnowledgePlugin.PluginName));
        services.AddKernel();

        if (IsEmbeddingsEnabled(configuration))
        {
            AddSemanticSearch(services, configuration);
        }

        if (IsLlmEnabled(configuration))
        {
            AddLlmAnswering(services, configuration);
        }

        return services;
    }

    /// <summary>
    /// True when <c>Embeddings:Endpoint</c> is set: the statement search is then fused with that endpoint's semantic
    /// ranking (the local model, registered by the host when it is not set, is not fused).
    /// </summary>
    public static bool IsEmbeddingsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{EmbeddingsOptions.SectionName}:{nameof(EmbeddingsOptions.Endpoint)}"]);
    }

    /// <summary>
    /// True when <c>Llm:Endpoint</c> is set: answers may then take up to <c>Llm:Timeout</c>, and chat adapters
    /// should acknowledge (defer) before answering.
    /// </summary>
    public static bool IsLlmEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{LlmOptions.SectionName}:{nameof(LlmOptions.Endpoint)}"]);
    }

    private static void AddLlmAnswering(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());

        services.AddKeyedSingleton(LlmServiceKey, (_, _) => NewHttpClient());

        services.AddKeyedSingleton<IChatCompletionService>(LlmServiceKey, (sp, _) =>
        {
            var settings = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var loggerFactory = sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
            var builder = Kernel.CreateBuilder();
            builder.Services.AddSingleton(loggerFactory);
            builder.AddOpenAIChatCompletion(
                modelId: settings.Model!,
                endpoint: settings.Endpoint!,
                apiKey: settings.ApiKey,
                httpClient: sp.GetRequiredKeyedService<HttpClient>(LlmServiceKey));
            Log.LlmEnabled(
                loggerFactory.CreateLogger<VerifiedLlmAnswerService>(),
                settings.Model!,
                settings.Endpoint!.Authority,
                settings.Timeout);
            return builder.Build().GetRequiredService<IChatCompletionService>();
        });

        Decorate<IAnswerService>(services, (sp, inner) => new VerifiedLlmAnswerService(
            inner,
            sp.GetRequiredService<IStatementSearch>(),
            sp.GetRequiredKeyedService<IChatCompletionService>(LlmServiceKey),
            sp.GetRequiredService<IOptions<LlmOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<VerifiedLlmAnswerService>>() ?? NullLogger<VerifiedLlmAnswerService>.Instance));
    }

    /// <summary>
    /// Registers the statement vectors over the embedding generator keyed <see cref="EmbeddingsServiceKey"/> (which
    /// the caller registers): <c>Embeddings</c> settings validated on start, <see cref="StatementEmbeddingIndex"/>
    /// with its disk cache, and <see cref="StatementVectorWarmup"/> run by a background service at start; the registered
    /// <see cref="IStatementSearch"/>, if any, is decorated with <see cref="HybridStatementSearch"/>. Registers
    /// nothing twice. With <paramref name="probeQuestion"/> the warm-up also embeds a question, so a model that loads
    /// lazily is loaded (and its first, slowest run paid) before questions.
    /// </summary>
    public static IServiceCollection AddStatementEmbeddings(this IServiceCollection services, IConfiguration configuration, bool probeQuestion = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(StatementEmbeddingIndex)))
        {
            return services;
        }

        services.AddOptions<EmbeddingsOptions>().Bind(configuration.GetSection(EmbeddingsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmbeddingsOptions>, EmbeddingsOptionsValidator>());
        services.TryAddSingleton(sp => new StatementEmbeddingIndex(
            sp.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(EmbeddingsServiceKey),
            sp.GetRequiredService<IOptions<EmbeddingsOptions>>(),
            sp.GetService<ILogger<StatementEmbeddingIndex>>() ?? NullLogger<StatementEmbeddingIndex>.Instance));
        services.TryAddSingleton(sp => new StatementVectorWarmup(
            sp.GetRequiredService<StatementEmbeddingIndex>(),
            sp.GetService<IStatementCorpus>(),
            sp.GetService<ILogger<StatementVectorWarmup>>() ?? NullLogger<StatementVectorWarmup>.Instance,
            probeQuestion));
        services.AddHostedService(sp => new EmbeddingWarmupService(sp.GetRequiredService<StatementVectorWarmup>()));

        // The gap report groups recorded questions by meaning with the same model, questions embedded as queries.
        services.TryAddSingleton(sp => new GapEmbeddings(
            sp.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(EmbeddingsServiceKey),
            sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value.QueryPrefix ?? string.Empty));

        // With a corpus, a question word the knowledge does not spell is judged by its nearest knowledge word.
        if (services.Any(static d => d.ServiceType == typeof(IStatementCorpus)))
        {
            services.TryAddSingleton<IWordMeaning>(sp => new VocabularyMeaning(
                sp.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(EmbeddingsServiceKey),
                sp.GetRequiredService<IStatementCorpus>(),
                sp.GetRequiredService<IOptions<EmbeddingsOptions>>(),
                sp.GetService<ILogger<VocabularyMeaning>>() ?? NullLogger<VocabularyMeaning>.Instance,
                sp.GetService<TimeProvider>()));
        }

        // The statement search, when registered, is fused with the semantic ranking (HybridStatementSearch).
        services.TryAddSingleton(TimeProvider.System);
        if (services.Any(static d => d.ServiceType == typeof(IStatementSearch) && !d.IsKeyedService))
        {
            Decorate<IStatementSearch>(services, (sp, inner) => new HybridStatementSearch(
                inner,
                sp.GetRequiredService<StatementEmbeddingIndex>(),
                sp.GetService<IStatementCorpus>(),
                sp.GetRequiredService<IOptions<EmbeddingsOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILogger<HybridStatementSearch>>() ?? NullLogger<HybridStatementSearch>.Instance));
        }

        return services;
    }

    private static void AddSemanticSearch(IServiceCollection services, IConfiguration configuration)
    {
        services.AddKeyedSingleton(EmbeddingsServiceKey, (_, _) => NewHttpClient());
        services.AddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(EmbeddingsServiceKey, (sp, _) =>
        {
            var settings = sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value;
            var client = new OpenAIClient(
                new ApiKeyCredential(string.IsNullOrEmpty(settings.ApiKey) ? NoApiKey : settings.ApiKey),
                new OpenAIClientOptions
                {
                    Endpoint = settings.Endpoint,
                    Transport = new HttpClientPipelineTransport(sp.GetRequiredKeyedService<HttpClient>(EmbeddingsServiceKey)),
                });
            return client.GetEmbeddingClient(settings.Model).AsIEmbeddingGenerator();
        });
        services.AddStatementEmbeddings(configuration);
    }

    /// <summary>
    /// One client per endpoint for the process; pooled connections are recycled so DNS changes are picked up.
    /// Calls are bounded by their settings' timeouts through cancellation, not by <see cref="HttpClient.Timeout"/>.
    /// </summary>
    private static HttpClient NewHttpClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>
    /// Replaces the last registration of <typeparamref name="TService"/> by one that wraps the instance the
    /// original registration builds, with the original lifetime.
    /// </summary>
    internal static void Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var index = -1;
        for (var i = services.Count - 1; i >= 0 && index < 0; i--)
        {
            if (services[i].ServiceType == typeof(TService) && !services[i].IsKeyedService)
            {
                index = i;
            }
        }

        if (index < 0)
        {
            throw new InvalidOperationException(
                $"Register {typeof(TService).Name} (the retrieval services) before calling {nameof(AddSemanticKernelAnswering)}.");
        }

        var original = services[index];
        services[index] = ServiceDescriptor.Describe(
            typeof(TService), sp => decorate(sp, (TService)CreateOriginal(sp, original)), original.Lifetime);
    }

    private static object CreateOriginal(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
