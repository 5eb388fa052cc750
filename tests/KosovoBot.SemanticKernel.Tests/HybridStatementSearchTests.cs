using KosovoBot.Core.Answers;
using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.SemanticKernel.Tests.Fakes;
using KosovoBot.Testing.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.SemanticKernel.Tests;

/// <summary>Semantic search through the real M.E.AI OpenAI embedding generator against a fake server on loopback.</summary>
public sealed class HybridStatementSearchTests
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Warmup_SecondStart_ReusesCacheWithoutEmbeddingStatements()
    {
        using var cts = new CancellationTokenSource(TestTimeout);
        using var temp = new TempDirectory();
        await using var server = await FakeOpenAiServer.StartAsync(cts.Token);

        await using (var first = Build(server, temp.Path, withCorpus: true))
        {
            await WarmUpAsync(first, cts.Token);
        }

        Assert.Equal(1, server.EmbeddingsRequestCount);
        Assert.Equal(TestStatements.All.Select(s => s.Text), server.EmbeddedInputs);
        Assert.True(File.Exists(Path.Combine(temp.Path, "embeddings.json")));

        await using (var second = Build(server, temp.Path, withCorpus: true))
        {
            await WarmUpAsync(second, cts.Token);
            await second.GetRequiredService<IStatementSearch>().SearchAsync("KFOR troops", 3, cts.Token);
        }

        Assert.Equal(2, server.EmbeddingsRequestCount);
        Assert.Equal("KFOR troops", server.EmbeddedInputs[^1]);
        Assert.Equal(TestStatements.All.Count + 1, server.EmbeddedInputs.Count);
    }

    [Fact]
    public async Task Search_ParaphraseWithoutSharedWords_FindsStatementBySemanticRanking()
    {
        using var cts = new CancellationTokenSource(TestTimeout);
        using var temp = new TempDirectory();
        await using var server = await FakeOpenAiServer.StartAsync(cts.Token);
        server.EmbeddingFor = text => text.Contains("troops", StringComparison.OrdinalIgnoreCase)
            || text.Contains("soldiers", StringComparison.OrdinalIgnoreCase) ? [1f, 0f] : [0f, 1f];
        await using var services = Build(server, temp.Path, withCorpus: true);
        var search = services.GetRequiredService<IStatementSearch>();

        Assert.Empty(services.GetRequiredService<FakeStatementSearch>().Search("soldiers deployed", 3));
        var results = await search.SearchAsync("soldiers deployed", 3, cts.Token);

        Assert.IsType<HybridStatementSearch>(search);
        Assert.Equal(TestStatements.Troops.Id, results[0].Statement.Id);
        Assert.Equal(3, results.Count);
    }

    [Fact]
    public async Task Search_LexicalAndSemanticAgree_RanksTheSharedStatementFirst()
    {
        using var cts = new CancellationTokenSource(TestTimeout);
        using var temp = new TempDirectory();
        await using var server = await FakeOpenAiServer.StartAsync(cts.Token);
        server.EmbeddingFor = text => text.Contains("Russia", StringComparison.OrdinalIgnoreCase) ? [1f, 0f] : [0f, 1f];
        await using var services = Build(server, temp.Path, withCorpus: false);

        var results = await services.GetRequiredService<IStatementSearch>().SearchAsync("Kosovo Russia mediation", 3, cts.Token);

        Assert.Equal(TestStatements.Russia.Id, results[0].Statement.Id);
        Assert.True(results[0].Score > results[1].Score);
    }

    [Fact]
    public async Task Search_EmbeddingsSlowerThanTimeout_ReturnsLexicalRanking()
    {
        using var cts = new CancellationTokenSource(TestTimeout);
        using var temp = new TempDirectory();
        await using var server = await FakeOpenAiServer.StartAsync(cts.Token);
        server.EmbeddingsReply = FakeReply.Never;

        // Longer than the test's own timeout: only the fake clock can make it fire in time.
        await using var services = Build(server, temp.Path, withCorpus: true, timeout: TimeSpan.FromMinutes(1));
        var search = services.GetRequiredService<IStatementSearch>();

        // The search awaits the embeddings call while the test moves the clock.
        var searching = search.SearchAsync("KFOR troops", 3, cts.Token);
        await server.EmbeddingsRequestArrived.WaitAsync(cts.Token);
        Assert.False(searching.IsCompleted);
        services.GetRequiredService<FakeTimeProvider>().Advance(TimeSpan.FromMinutes(1));
        var results = await searching.WaitAsync(cts.Token);

        Assert.Equal([TestStatements.Troops.Id], results.Select(r => r.Statement.Id));
        Assert.Contains(services.GetFakeLogCollector().GetSnapshot(), r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Search_SameQueryTwice_EmbedsTheQueryOnce()
    {
        using var cts = new CancellationTokenSource(TestTimeout);
        using var temp = new TempDirectory();
        await using var server = await FakeOpenAiServer.StartAsync(cts.Token);
        await using var services = Build(server, temp.Path, withCorpus: true);
        var search = services.GetRequiredService<IStatementSearch>();

        var first = await search.SearchAsync("KFOR troops", 3, cts.Token);
        var second = await search.SearchAsync("KFOR troops", 5, cts.Token);

        Assert.Single(server.EmbeddedInputs, "KFOR troops");
        Assert.Equal(first.Select(r => r.Statement.Id), second.Take(3).Select(r => r.Statement.Id));
    }

    [Fact]
    public async Task Search_SameQueryAfterEndpointFailed_DoesNotCallAgainUntilTheMemoryExpires()
    {
        using var cts = new CancellationTokenSource(TestTimeout);
        using var temp = new TempDirectory();
        await using var server = await FakeOpenAiServer.StartAsync(cts.Token);
        server.EmbeddingsReply = Canned.ServerError() with { StatusCode = System.Net.HttpStatusCode.BadRequest };
        await using var services = Build(server, temp.Path, withCorpus: true);
        var search = services.GetRequiredService<IStatementSearch>();

        await search.SearchAsync("KFOR troops", 3, cts.Token);
        var again = await search.SearchAsync("KFOR troops", 3, cts.Token);

        Assert.Equal(1, server.EmbeddingsRequestCount);
        Assert.Equal([TestStatements.Troops.Id], again.Select(r => r.Statement.Id));
        Assert.Single(services.GetFakeLogCollector().GetSnapshot(), r => r.Level == LogLevel.Warning);

        services.GetRequiredService<FakeTimeProvider>().Advance(RecentQueryVectors.Lifetime);
        await search.SearchAsync("KFOR troops", 3, cts.Token);

        Assert.Equal(2, server.EmbeddingsRequestCount);
    }

    [Fact]
    public async Task Search_EmbeddingsServerError_ReturnsLexicalRanking()
    {
        using var cts = new CancellationTokenSource(TestTimeout);
        using var temp = new TempDirectory();
        await using var server = await FakeOpenAiServer.StartAsync(cts.Token);
        server.EmbeddingsReply = Canned.ServerError() with { StatusCode = System.Net.HttpStatusCode.BadRequest };
        await using var services = Build(server, temp.Path, withCorpus: true);

        var results = await services.GetRequiredService<IStatementSearch>().SearchAsync("KFOR troops", 3, cts.Token);

        Assert.Equal([TestStatements.Troops.Id], results.Select(r => r.Statement.Id));
        Assert.False(File.Exists(Path.Combine(temp.Path, "embeddings.json")));
    }

    [Fact]
    public async Task AddSemanticKernelAnswering_NoEmbeddingsSettings_RegistersNoIndex()
    {
        using var services = LlmTestHost.BuildServices(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.Null(services.GetService<StatementEmbeddingIndex>());
        Assert.Empty(services.GetServices<IHostedService>());
    }

    private static ServiceProvider Build(FakeOpenAiServer server, string directory, bool withCorpus, TimeSpan? timeout = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Embeddings:Endpoint"] = server.Endpoint.ToString(),
                ["Embeddings:Model"] = "test-embedder",
                ["Embeddings:CachePath"] = Path.Combine(directory, "embeddings.json"),
                ["Embeddings:Timeout"] = (timeout ?? TimeSpan.FromSeconds(10)).ToString("c"),
            })
            .Build();
        var services = LlmTestHost.BuildServices(configuration);
        if (withCorpus)
        {
            services.AddSingleton<IStatementCorpus>(new FakeCorpus(TestStatements.All));
        }

        return services.BuildServiceProvider(validateScopes: true);
    }

    private static async Task WarmUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var warmup = Assert.IsAssignableFrom<BackgroundService>(Assert.Single(services.GetServices<IHostedService>()));
        await warmup.StartAsync(cancellationToken);
        await warmup.ExecuteTask!.WaitAsync(cancellationToken);
        await warmup.StopAsync(cancellationToken);
    }
}
