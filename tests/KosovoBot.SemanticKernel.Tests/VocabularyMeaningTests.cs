using KosovoBot.Core.Knowledge;
using KosovoBot.SemanticKernel.Embeddings;
using KosovoBot.SemanticKernel.Tests.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Tests;

public sealed class VocabularyMeaningTests
{
    [Fact]
    public async Task PresentAsync_NameCloseToAKnowledgeName_IsPresentAndAFarOneIsNot()
    {
        var generator = new WordGenerator();
        using var meaning = Meaning(generator, new FakeLogger<VocabularyMeaning>());

        var present = await meaning.PresentAsync(["moscow", "lima"], CancellationToken.None);

        Assert.Equal(["moscow"], present);
    }

    [Fact]
    public async Task PresentAsync_TwoQuestionsOnOneSnapshot_EmbedTheKnowledgeNamesOnceAndEachQuestionInOneBatch()
    {
        var generator = new WordGenerator();
        using var meaning = Meaning(generator, new FakeLogger<VocabularyMeaning>());

        await meaning.PresentAsync(["moscow", "lima"], CancellationToken.None);
        await meaning.PresentAsync(["kremlin"], CancellationToken.None);

        Assert.Equal(3, generator.Calls.Count);
        Assert.Contains("russia", generator.Calls[0]);
        Assert.DoesNotContain("wants", generator.Calls[0]);
        Assert.Equal(["moscow", "lima"], generator.Calls[1]);
        Assert.Equal(["kremlin"], generator.Calls[2]);
    }

    [Fact]
    public async Task PresentAsync_GeneratorFails_IsNoneWithOneWarning()
    {
        var logger = new FakeLogger<VocabularyMeaning>();
        using var meaning = Meaning(new WordGenerator { Failure = new HttpRequestException("connection refused") }, logger);

        var present = await meaning.PresentAsync(["moscow"], CancellationToken.None);

        Assert.Empty(present);
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Collector.GetSnapshot()).Level);
    }

    private static VocabularyMeaning Meaning(WordGenerator generator, FakeLogger<VocabularyMeaning> logger) => new(
        generator, new FakeCorpus([TestStatements.Russia]), Options.Create(new EmbeddingsOptions()), logger);

    /// <summary>"moscow" and "kremlin" point almost where "russia" does; "lima" and every other word elsewhere.</summary>
    private sealed class WordGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Exception? Failure { get; init; }

        public List<List<string>> Calls { get; } = [];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            var words = values.ToList();
            Calls.Add(words);
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(words.Select(static w => new Embedding<float>(Vector(w)))));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }

        private static float[] Vector(string word) => word switch
        {
            "russia" => [1, 0, 0],
            "moscow" or "kremlin" => [1, 0.2f, 0],
            "lima" => [0, 1, 0],
            _ => [0, 0, 1],
        };
    }
}
