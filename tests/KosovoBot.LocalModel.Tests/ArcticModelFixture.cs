using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.LocalModel.Tests;

/// <summary>The real model from the package, loaded once for the whole test run (it takes a second or so).</summary>
public sealed class ArcticModelFixture : IAsyncLifetime
{
    /// <summary>Where the tests extract the graph; kept between runs like a user's model directory.</summary>
    public static readonly string ModelDirectory = Path.Combine(Path.GetTempPath(), "kosovobot-tests-models");

    public LocalEmbeddingGenerator Generator { get; } =
        new(SentenceModel.ArcticXs, threads: 2, ModelDirectory, NullLogger<LocalEmbeddingGenerator>.Instance);

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        Assert.True(await Generator.LoadAsync(timeout.Token), "the model did not load from the package");
    }

    public Task DisposeAsync()
    {
        Generator.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ArcticModelGroup : ICollectionFixture<ArcticModelFixture>
{
    public const string Name = "arctic model";
}
