using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.LocalModel.Tests;

/// <summary>The real model judges invented question words against invented statements, in context.</summary>
[Collection(ArcticModelGroup.Name)]
public sealed class ContextualWordMeaningTests(ArcticModelFixture model)
{
    private const string Meeting = "The harbour ministers held their meeting in Tarvik on Tuesday to discuss ferry fares.";
    private const string Minister = "Harbour minister Ilse Varga said the new pier will open in May.";

    public static TheoryData<string, string, string, string> Paraphrases => new()
    {
        { "Where did the harbour ministers gather on Tuesday?", "gather", Meeting, "meeting" },
        { "Who spoke to journalists after the council vote?", "journalists", "The mayor told reporters after the council vote that the pier would open in May.", "reporters" },
    };

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public async Task EquivalentsAsync_WordTheStatementSaysDifferently_IsFoundInItsWords(string question, string word, string statement, string said)
    {
        var meaning = Meaning(model.Generator);

        var found = await meaning.EquivalentsAsync(question, [word], [statement], CancellationToken.None);

        Assert.Contains(said, Assert.Contains(word, found));
    }

    [Theory]
    [InlineData("What is the population of Tarvik?", "population")]
    [InlineData("How much did the harbour meeting cost?", "cost")]
    public async Task EquivalentsAsync_ThingTheStatementDoesNotSay_IsNotFound(string question, string word)
    {
        var meaning = Meaning(model.Generator);

        var found = await meaning.EquivalentsAsync(question, [word], [Meeting], CancellationToken.None);

        Assert.DoesNotContain(word, found.Keys);
    }

    [Fact]
    public async Task EquivalentsAsync_LowerCaseNameNearAPersonOfTheStatement_IsNotThatPerson()
    {
        var meaning = Meaning(model.Generator);

        var found = await meaning.EquivalentsAsync(
            "did the harbour minister say anything about norway?", ["norway"], [Minister, Meeting], CancellationToken.None);

        Assert.False(found.TryGetValue("norway", out var said) && (said.Contains("ilse") || said.Contains("varga")));
    }

    [Fact]
    public async Task EquivalentsAsync_ModelCannotLoad_FindsNothingAndDoesNotThrow()
    {
        using var broken = new LocalEmbeddingGenerator(
            SentenceModel.ArcticXs with { ResourceFile = "SentenceTransformers.Missing.dll" }, threads: 1, modelDirectory: null,
            NullLogger<LocalEmbeddingGenerator>.Instance);
        var meaning = Meaning(broken);

        var found = await meaning.EquivalentsAsync(Paraphrases.First()[0].ToString()!, ["gather"], [Meeting], CancellationToken.None);

        Assert.Empty(found);
    }

    [Fact]
    public async Task AddLocalEmbeddingModel_WithACorpus_TheBotsWordJudgeFindsCommonWordsInContext()
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(model.Generator);
        collection.AddSingleton<IStatementCorpus>(new NoStatements());
        collection.AddLocalEmbeddingModel(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Embeddings:CachePath"] = Path.Combine(Path.GetTempPath(), $"kosovobot-meaning-{Guid.NewGuid():N}.json") })
            .Build());
        await using var services = collection.BuildServiceProvider();
        var meaning = services.GetRequiredService<IWordMeaning>();

        var found = await meaning.EquivalentsAsync("Where did the harbour ministers gather on Tuesday?", ["gather"], [Meeting], CancellationToken.None);
        var names = await meaning.PresentAsync(["tarvik"], CancellationToken.None);

        Assert.Contains("meeting", Assert.Contains("gather", found));
        Assert.Empty(names);
    }

    private static ContextualWordMeaning Meaning(LocalEmbeddingGenerator generator) =>
        new(new NoNames(), generator, NullLogger<ContextualWordMeaning>.Instance);

    private sealed class NoNames : IWordMeaning
    {
        public Task<IReadOnlySet<string>> PresentAsync(IReadOnlyList<string> words, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());
    }

    private sealed class NoStatements : IStatementCorpus
    {
        public IReadOnlyList<Statement> Statements { get; } = [];
    }
}
