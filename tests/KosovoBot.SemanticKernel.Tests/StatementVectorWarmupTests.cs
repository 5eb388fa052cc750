using KosovoBot.Core.Knowledge;
using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.SemanticKernel.Tests.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Tests;

public sealed class StatementVectorWarmupTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task IsWarm_BeforeAfterAndOnANewSnapshot_TellsWhetherSearchesCanUseTheVectorsWithoutWaiting()
    {
        var corpus = new SwitchingCorpus([TestStatements.Troops, TestStatements.Russia]);
        var generator = new ConstantGenerator();
        using var index = Index(generator);
        var warmup = new StatementVectorWarmup(index, corpus, new FakeLogger<StatementVectorWarmup>(), probeQuestion: true);

        var before = warmup.IsWarm;
        var warmed = await warmup.WarmAsync(CancellationToken.None);
        var after = warmup.IsWarm;
        corpus.Statements = [TestStatements.Troops, TestStatements.Russia, TestStatements.Remain];

        Assert.False(before);
        Assert.True(warmed);
        Assert.True(after);
        Assert.False(warmup.IsWarm);
        Assert.Equal(3, generator.Embedded.Count);
        Assert.DoesNotContain(generator.Embedded[2], new[] { TestStatements.Troops.Text, TestStatements.Russia.Text });
    }

    [Fact]
    public async Task WarmAsync_ModelUnavailable_IsFalseAndLogsNothing()
    {
        var logger = new FakeLogger<StatementVectorWarmup>();
        using var index = Index(new ConstantGenerator { Unavailable = true });
        var warmup = new StatementVectorWarmup(index, new FakeCorpus([TestStatements.Troops]), logger);

        Assert.False(await warmup.WarmAsync(CancellationToken.None));
        Assert.False(warmup.IsWarm);
        Assert.Empty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task WarmAsync_GeneratorFails_IsFalseWithOneWarning()
    {
        var logger = new FakeLogger<StatementVectorWarmup>();
        using var index = Index(new ConstantGenerator { Failure = new HttpRequestException("connection refused") });
        var warmup = new StatementVectorWarmup(index, new FakeCorpus([TestStatements.Troops]), logger);

        Assert.False(await warmup.WarmAsync(CancellationToken.None));
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Collector.GetSnapshot()).Level);
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    public async Task AddStatementEmbeddings_TheRegisteredWarmup_EmbedsAProbeQuestionOnlyWhenAsked(bool probeQuestion, int embedded)
    {
        var generator = new ConstantGenerator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Embeddings:Model"] = "constant",
            ["Embeddings:CachePath"] = Path.Combine(_temp.Path, "embeddings.json"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IStatementCorpus>(new FakeCorpus([TestStatements.Troops]));
        services.AddKeyedSingleton<IEmbeddingGenerator<string, Embedding<float>>>(SemanticKernelServiceCollectionExtensions.EmbeddingsServiceKey, generator);
        services.AddStatementEmbeddings(configuration, probeQuestion);
        await using var provider = services.BuildServiceProvider();

        Assert.True(await provider.GetRequiredService<StatementVectorWarmup>().WarmAsync(CancellationToken.None));
        Assert.Equal(embedded, generator.Embedded.Count);
        Assert.Equal(TestStatements.Troops.Text, generator.Embedded[0]);
    }

    public void Dispose() => _temp.Dispose();

    private StatementEmbeddingIndex Index(IEmbeddingGenerator<string, Embedding<float>> generator) => new(
        generator,
        Options.Create(new EmbeddingsOptions { Model = "constant", CachePath = Path.Combine(_temp.Path, "embeddings.json") }),
        new FakeLogger<StatementEmbeddingIndex>());

    private sealed class SwitchingCorpus(IReadOnlyList<Statement> statements) : IStatementCorpus
    {
        public IReadOnlyList<Statement> Statements { get; set; } = statements;
    }

    private sealed class ConstantGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public bool Unavailable { get; init; }

        public Exception? Failure { get; init; }

        public List<string> Embedded { get; } = [];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (Unavailable)
            {
                throw new EmbeddingModelUnavailableException("no model");
            }

            if (Failure is not null)
            {
                throw Failure;
            }

            var texts = values.ToList();
            Embedded.AddRange(texts);
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(texts.Select(_ => new Embedding<float>(new float[] { 1, 0 }))));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
