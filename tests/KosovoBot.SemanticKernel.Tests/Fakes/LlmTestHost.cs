using KosovoBot.Core.Answers;
using KosovoBot.Testing.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.SemanticKernel.Tests.Fakes;

/// <summary>
/// The container as the host builds it (fake retrieval services, then <c>AddSemanticKernelAnswering</c>) with
/// <c>Llm:*</c> pointing at a fake OpenAI-compatible server on loopback. Time is a <see cref="FakeTimeProvider"/>:
/// a timeout fires only when a test advances it.
/// </summary>
internal sealed class LlmTestHost : IAsyncDisposable
{
    public const string ApiKey = "sk-test-secret-0123456789";

    private LlmTestHost(FakeOpenAiServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
    }

    public FakeOpenAiServer Server { get; }

    public ServiceProvider Services { get; }

    public IAnswerService Answers => Services.GetRequiredService<IAnswerService>();

    public FakeAnswerService Extractive => Services.GetRequiredService<FakeAnswerService>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public FakeTimeProvider Time => Services.GetRequiredService<FakeTimeProvider>();

    /// <summary>Starts the server and the container; <paramref name="embeddingsCachePath"/> also turns semantic search on.</summary>
    public static async Task<LlmTestHost> StartAsync(
        TimeSpan timeout, CancellationToken cancellationToken, string? apiKey = ApiKey, string? embeddingsCachePath = null)
    {
        var server = await FakeOpenAiServer.StartAsync(cancellationToken);
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = server.Endpoint.ToString(),
            ["Llm:Model"] = "test-model",
            ["Llm:ApiKey"] = apiKey,
            ["Llm:Timeout"] = timeout.ToString("c"),
        };
        if (embeddingsCachePath is not null)
        {
            settings["Embeddings:Endpoint"] = server.Endpoint.ToString();
            settings["Embeddings:Model"] = "test-embedder";
            settings["Embeddings:CachePath"] = embeddingsCachePath;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new LlmTestHost(server, BuildServices(configuration).BuildServiceProvider(validateScopes: true));
    }

    /// <summary>The retrieval fakes registered the way the host registers the real services, then ours.</summary>
    public static ServiceCollection BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddSingleton<FakeTimeProvider>();
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<FakeTimeProvider>());
        services.AddSingleton<FakeStatementSearch>();
        services.AddSingleton<IStatementSearch>(sp => sp.GetRequiredService<FakeStatementSearch>());
        services.AddSingleton<FakeAnswerService>();
        services.AddSingleton<IAnswerService>(sp => sp.GetRequiredService<FakeAnswerService>());
        services.AddSingleton<ITimelineService, FakeTimelineService>();
        services.AddSingleton<IQuoteService, FakeQuoteService>();
        services.AddSemanticKernelAnswering(configuration);
        return services;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
