using KosovoBot.Core.Answers;
using KosovoBot.SemanticKernel.Answering;
using KosovoBot.SemanticKernel.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Tests;

public sealed class SemanticKernelServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSemanticKernelAnswering_NoLlmSettings_LeavesAnswerServiceAndSearchUnchanged()
    {
        using var services = LlmTestHost.BuildServices(Configuration([])).BuildServiceProvider();

        Assert.IsType<FakeAnswerService>(services.GetRequiredService<IAnswerService>());
        Assert.IsType<FakeStatementSearch>(services.GetRequiredService<IStatementSearch>());
        Assert.Null(services.GetKeyedService<HttpClient>(SemanticKernelServiceCollectionExtensions.LlmServiceKey));
        Assert.False(SemanticKernelServiceCollectionExtensions.IsLlmEnabled(Configuration([])));
    }

    [Fact]
    public void AddSemanticKernelAnswering_LlmEndpointSet_DecoratesTheRegisteredAnswerService()
    {
        var configuration = Configuration(new() { ["Llm:Endpoint"] = "http://127.0.0.1:9/v1", ["Llm:Model"] = "m" });
        using var services = LlmTestHost.BuildServices(configuration).BuildServiceProvider();

        Assert.IsType<VerifiedLlmAnswerService>(services.GetRequiredService<IAnswerService>());
        Assert.Same(services.GetRequiredService<IAnswerService>(), services.GetRequiredService<IAnswerService>());
        Assert.True(SemanticKernelServiceCollectionExtensions.IsLlmEnabled(configuration));
    }

    [Theory]
    [InlineData("Llm:Model", "", "Llm:Model")]
    [InlineData("Llm:Timeout", "00:00:00", "Llm:Timeout")]
    [InlineData("Llm:Timeout", "00:05:00", "Llm:Timeout")]
    [InlineData("Llm:MaxStatements", "0", "Llm:MaxStatements")]
    [InlineData("Embeddings:LocalThreads", "0", "Embeddings:LocalThreads")]
    [InlineData("Embeddings:Model", "", "Embeddings:Model")]
    [InlineData("Embeddings:Timeout", "00:00:00", "Embeddings:Timeout")]
    [InlineData("Embeddings:CachePath", "", "Embeddings:CachePath")]
    [InlineData("Embeddings:DenseWeight", "1.5", "Embeddings:DenseWeight")]
    [InlineData("Llm:MaxTokens", "5000", "Llm:MaxTokens")]
    public void AddSemanticKernelAnswering_InvalidSetting_FailsOnStartNamingIt(string key, string value, string named)
    {
        var values = new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Llm:Model"] = "m",
            ["Embeddings:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Embeddings:Model"] = "e",
        };
        values[key] = value;
        using var services = LlmTestHost.BuildServices(Configuration(values)).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSemanticKernelAnswering_AnswerServiceRegisteredByType_WrapsAnInstanceOfThatType()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IStatementSearch, FakeStatementSearch>();
        services.AddSingleton<IAnswerService, FakeAnswerService>();
        services.AddSemanticKernelAnswering(Configuration(new()
        {
            ["Llm:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Llm:Model"] = "m",
        }));
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var answers = provider.GetRequiredService<IAnswerService>();
        var answer = await answers.AnswerAsync("What is the capital of Australia?", CancellationToken.None);

        Assert.IsType<VerifiedLlmAnswerService>(answers);
        Assert.Equal(FakeAnswerService.DeclinedText, answer.Text);
        Assert.Single(services, d => d.ServiceType == typeof(IAnswerService));
    }

    [Fact]
    public void AddSemanticKernelAnswering_LlmWithoutRetrievalServices_ThrowsNamingWhatIsMissing()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() =>
            services.AddSemanticKernelAnswering(Configuration(new() { ["Llm:Endpoint"] = "http://127.0.0.1:9/v1" })));

        Assert.Contains(nameof(IAnswerService), error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
