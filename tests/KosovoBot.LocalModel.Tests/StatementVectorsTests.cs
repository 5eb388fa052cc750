using KosovoBot.Core.Knowledge;
using KosovoBot.SemanticKernel;
using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoBot.LocalModel.Tests;

[Collection(ArcticModelGroup.Name)]
public sealed class StatementVectorsTests(ArcticModelFixture model) : IDisposable
{
    private readonly string _cacheDirectory = Directory.CreateTempSubdirectory("kosovobot-local-model-").FullName;

    private string CachePath => Path.Combine(_cacheDirectory, ".cache", "embeddings.json");

    [Fact]
    public async Task EmbedQueryAsync_LocalModel_EmbedsTheQuestionWithTheModelsPrefix()
    {
        var services = Services(new());
        var index = services.GetRequiredService<StatementEmbeddingIndex>();
        const string question = "Who opened the festival?";

        var vector = await index.EmbedQueryAsync(question, CancellationToken.None);
        var withPrefix = await model.Generator.GenerateAsync(SentenceModel.ArcticXs.QueryPrefix + question);
        var withoutPrefix = await model.Generator.GenerateAsync(question);

        Assert.Equal(1.0, Vectors.Cosine(vector, withPrefix.Vector.Span), 5);
        Assert.True(Vectors.Cosine(vector, withoutPrefix.Vector.Span) < 0.999);
    }

    [Fact]
    public void AddLocalEmbeddingModel_NoEndpoint_MakesTheLocalModelTheEmbeddingGenerator()
    {
        var services = Services(new());

        Assert.Same(model.Generator, services.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(
            SemanticKernelServiceCollectionExtensions.EmbeddingsServiceKey));
        var options = services.GetRequiredService<IOptions<EmbeddingsOptions>>().Value;
        Assert.Equal("snowflake-arctic-embed-xs", options.Model);
        Assert.Equal(SentenceModel.ArcticXs.QueryPrefix, options.QueryPrefix);
    }

    [Theory]
    [InlineData("Embeddings:Local", "false")]
    [InlineData("Embeddings:Endpoint", "http://127.0.0.1:9/v1")]
    public void AddLocalEmbeddingModel_TurnedOffOrEndpointSet_RegistersNoLocalModel(string key, string value)
    {
        var collection = new ServiceCollection();
        collection.AddLocalEmbeddingModel(Configuration(new() { [key] = value }));

        Assert.DoesNotContain(collection, d => d.ServiceType == typeof(LocalEmbeddingGenerator));
        Assert.DoesNotContain(collection, d => d.ServiceType == typeof(StatementEmbeddingIndex));
    }

    [Fact]
    public async Task GetVectorsAsync_SecondStart_ReusesTheDiskCacheWithoutEmbeddingAgain()
    {
        Statement[] statements = [TestStatements.Direct, TestStatements.Narrative];
        var first = new CountingGenerator(model.Generator);
        var firstVectors = await Index(first).GetVectorsAsync(statements, CancellationToken.None);

        var second = new CountingGenerator(model.Generator);
        var secondVectors = await Index(second).GetVectorsAsync(statements, CancellationToken.None);

        Assert.Equal(2, first.Embedded);
        Assert.Equal(0, second.Embedded);
        Assert.Equal(firstVectors[0], secondVectors[0]);
        Assert.Equal(firstVectors[1], secondVectors[1]);
        Assert.True(File.Exists(CachePath));
    }

    public void Dispose() => Directory.Delete(_cacheDirectory, recursive: true);

    private StatementEmbeddingIndex Index(IEmbeddingGenerator<string, Embedding<float>> generator) =>
        new(
            generator,
            Options.Create(new EmbeddingsOptions { Model = SentenceModel.ArcticXs.Name, CachePath = CachePath }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<StatementEmbeddingIndex>.Instance);

    // The provider is not disposed: it would dispose the fixture's generator, which the other tests share.
    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["Embeddings:CachePath"] = CachePath;
        var collection = new ServiceCollection();
        collection.AddSingleton(model.Generator);
        collection.AddLocalEmbeddingModel(Configuration(settings));
        return collection.BuildServiceProvider();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private sealed class CountingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Embedded { get; private set; }

        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            Embedded += texts.Count;
            return await inner.GenerateAsync(texts, options, cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

        public void Dispose()
        {
        }
    }
}
