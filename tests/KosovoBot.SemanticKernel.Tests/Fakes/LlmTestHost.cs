using KosovoBot.Core.Answers;
using KosovoBot.Testing.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace KosovoBot.SemanticKernel.Tests.Fakes;

/// <summary>
/// The container as the host builds it (fake retrieval services, then <c>AddSemanticKernelAnswering</c>) with
/// <c>Llm:*</c> pointing at a fake OpenAI-compatible server on loopback.
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

    public static async Task<LlmTestHost> StartAsync(TimeSpan timeout, CancellationToken cancellationToken, string? apiKey = ApiKey)
    {
        var server = await FakeOpenAiServer.StartAsync(cancellationToken);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Llm:Endpoint"] = server.Endpoint.ToString(),
                ["Llm:Model"] = "test-model",
                ["Llm:ApiKey"] = apiKey,
                ["Llm:Timeout"] = timeout.ToString("c"),
            })
            .Build();
        return new LlmTestHost(server, BuildServices(configuration).BuildServiceProvider(validateScopes: true));
    }

    /// <summary>The retrieval fakes registered the way the host registers the real services, then ours.</summary>
    public static ServiceCollection BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging();
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
