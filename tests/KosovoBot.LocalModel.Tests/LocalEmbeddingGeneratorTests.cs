using Microsoft.Extensions.AI;

namespace KosovoBot.LocalModel.Tests;

[Collection(ArcticModelGroup.Name)]
public sealed class LocalEmbeddingGeneratorTests(ArcticModelFixture model)
{
    [Fact]
    public async Task GenerateAsync_FromThePackage_IsOneUnitVectorOf384Dimensions()
    {
        var embedding = await model.Generator.GenerateAsync("The ferry leaves the harbour at dawn.");

        Assert.Equal(384, embedding.Vector.Length);
        Assert.Equal(1.0, Vectors.Norm(embedding.Vector.Span), 3);
        Assert.Equal("snowflake-arctic-embed-xs", embedding.ModelId);
        Assert.True(model.Generator.IsLoaded);
    }

    [Theory]
    [InlineData(
        "The city council voted to close the old bridge for repairs.",
        "Local officials decided the aging bridge will shut so it can be fixed.",
        "My grandmother bakes bread with rye flour every Sunday.")]
    [InlineData(
        "The striker scored twice in the second half.",
        "In the last forty-five minutes the forward found the net two times.",
        "The committee will publish its budget report next spring.")]
    public async Task GenerateAsync_Paraphrase_IsCloserThanAnUnrelatedSentence(string sentence, string paraphrase, string unrelated)
    {
        var vectors = await model.Generator.GenerateAsync([sentence, paraphrase, unrelated]);

        var toParaphrase = Vectors.Cosine(vectors[0].Vector.Span, vectors[1].Vector.Span);
        var toUnrelated = Vectors.Cosine(vectors[0].Vector.Span, vectors[2].Vector.Span);

        Assert.True(toParaphrase > toUnrelated, $"paraphrase {toParaphrase:F3}, unrelated {toUnrelated:F3}");
    }

    [Fact]
    public async Task GenerateAsync_QuestionWithItsPrefix_FindsTheAnsweringStatementFirst()
    {
        string[] statements =
        [
            "The harbour authority said the new ferry will carry 400 passengers.",
            "Fishermen complained that the fuel price doubled this year.",
            "The mayor opened the festival with a speech about the town's history.",
        ];
        var question = SentenceModel.ArcticXs.QueryPrefix + "How many people can the new boat take?";

        var vectors = await model.Generator.GenerateAsync([question, .. statements]);
        var best = Enumerable.Range(1, statements.Length).MaxBy(i => Vectors.Cosine(vectors[0].Vector.Span, vectors[i].Vector.Span));

        Assert.Equal(1, best);
    }

    [Fact]
    public async Task GenerateAsync_ManyTextsOfMixedLengths_GivesEachTextTheVectorItGetsAlone()
    {
        string[] texts =
        [
            "Rain.",
            "The delegation arrived late on Tuesday after the talks in Vienna had already begun without them.",
            "Prices rose again.",
            string.Join(' ', Enumerable.Repeat("The long report lists every meeting of the year in order.", 80)),
            .. Enumerable.Range(1, 7).Select(i =>
                $"Chapter {i}: " + string.Join(' ', Enumerable.Repeat("Delegates from each region debated the budget late into the night.", 25))),
        ];

        var batch = await model.Generator.GenerateAsync(texts);
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            var alone = await model.Generator.GenerateAsync(text);
            Assert.Equal(1.0, Vectors.Cosine(alone.Vector.Span, batch[i].Vector.Span), 4);
        }
    }

    [Fact]
    public async Task GenerateAsync_NoModelDirectory_LoadsTheModelFromMemoryWithTheSameVectors()
    {
        const string text = "The ferry leaves the harbour at dawn.";
        using var inMemory = new LocalEmbeddingGenerator(
            SentenceModel.ArcticXs, threads: 1, modelDirectory: null, Microsoft.Extensions.Logging.Abstractions.NullLogger<LocalEmbeddingGenerator>.Instance);

        var fromMemory = await inMemory.GenerateAsync(text);
        var fromFile = await model.Generator.GenerateAsync(text);

        Assert.Equal(1.0, Vectors.Cosine(fromMemory.Vector.Span, fromFile.Vector.Span), 5);
    }

    [Fact]
    public async Task DisposeAsync_DuringTheLoad_AbandonsItAndRefusesWork()
    {
        var generator = new LocalEmbeddingGenerator(
            SentenceModel.ArcticXs, threads: 1, ArcticModelFixture.ModelDirectory, Microsoft.Extensions.Logging.Abstractions.NullLogger<LocalEmbeddingGenerator>.Instance);
        var loading = generator.LoadAsync(CancellationToken.None);

        await generator.DisposeAsync();

        Assert.False(await loading);
        Assert.False(generator.IsLoaded);
        await Assert.ThrowsAnyAsync<Exception>(() => generator.GenerateAsync("Too late."));
    }

    [Fact]
    public async Task GetService_SentenceModel_GivesTheQueryPrefixToCallers()
    {
        var generator = (IEmbeddingGenerator<string, Embedding<float>>)model.Generator;

        Assert.Equal("Represent this sentence for searching relevant passages: ", generator.GetService<SentenceModel>()!.QueryPrefix);
        Assert.Equal("snowflake-arctic-embed-xs", generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId);
        Assert.True(await model.Generator.LoadAsync(CancellationToken.None));
    }
}
