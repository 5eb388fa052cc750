using KosovoBot.Core.Answers;
using KosovoBot.SemanticKernel;
using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.LocalModel;

/// <summary>Registers the local sentence-embedding model as the bot's embedding generator.</summary>
public static class LocalModelServiceCollectionExtensions
{
    /// <summary>
    /// Unless <c>Embeddings:Endpoint</c> is set (a remote model wins) or <c>Embeddings:Local</c> is false, registers
    /// <see cref="LocalEmbeddingGenerator"/> (snowflake-arctic-embed-xs, or a <see cref="SentenceModel"/> registered
    /// before) as the embedding generator keyed
    /// <see cref="SemanticKernelServiceCollectionExtensions.EmbeddingsServiceKey"/>, with the statement vectors over
    /// it (<see cref="StatementEmbeddingIndex"/>, its disk cache, <see cref="StatementVectorWarmup"/> at start).
    /// <c>Embeddings:Model</c> becomes the model's name and <c>Embeddings:QueryPrefix</c>, unless set (not empty), its
    /// query prefix. The model loads in the background; nothing is downloaded.
    /// </summary>
    public static IServiceCollection AddLocalEmbeddingModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsEnabled(configuration))
        {
            return services;
        }

        services.TryAddSingleton(SentenceModel.ArcticXs);
        services.TryAddSingleton(sp => new LocalEmbeddingGenerator(
            sp.GetRequiredService<SentenceModel>(),
            sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value.LocalThreads,
            DefaultModelDirectory(),
            sp.GetService<ILogger<LocalEmbeddingGenerator>>() ?? NullLogger<LocalEmbeddingGenerator>.Instance));
        services.AddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(
            SemanticKernelServiceCollectionExtensions.EmbeddingsServiceKey,
            (sp, _) => sp.GetRequiredService<LocalEmbeddingGenerator>());
        services.AddOptions<EmbeddingsOptions>().PostConfigure<SentenceModel>((options, model) =>
        {
            options.Model = model.Name;
            if (string.IsNullOrEmpty(options.QueryPrefix))
            {
                options.QueryPrefix = model.QueryPrefix;
            }
        });
        // Warming embeds a probe question too: the model is loaded (and its first, slowest run paid) before questions.
        services.AddStatementEmbeddings(configuration, probeQuestion: true);

        // The knowledge's names stay judged word by word; its common words are judged in context by the local model.
        if (services.Any(static d => d.ServiceType == typeof(IWordMeaning) && !d.IsKeyedService))
        {
            SemanticKernelServiceCollectionExtensions.Decorate<IWordMeaning>(services, (sp, names) => new ContextualWordMeaning(
                names,
                sp.GetRequiredService<LocalEmbeddingGenerator>(),
                sp.GetService<ILogger<ContextualWordMeaning>>() ?? NullLogger<ContextualWordMeaning>.Instance));
        }

        return services;
    }

    /// <summary>True when the local model is the embedding generator: no <c>Embeddings:Endpoint</c>, and <c>Embeddings:Local</c> not false.</summary>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (SemanticKernelServiceCollectionExtensions.IsEmbeddingsEnabled(configuration))
        {
            return false;
        }

        // A value that is not a boolean is reported, naming the setting, when the options are validated on start.
        var local = configuration[$"{EmbeddingsOptions.SectionName}:{nameof(EmbeddingsOptions.Local)}"];
        return local is null || !bool.TryParse(local, out var enabled) || enabled;
    }

    /// <summary>The user's local application data (<c>~/.local/share/KosovoBot/models</c> on Linux), or null when there is none.</summary>
    private static string? DefaultModelDirectory()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "KosovoBot", "models");
    }
}
