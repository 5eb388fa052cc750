using KosovoBot.SemanticKernel.Plugins;
using KosovoBot.SemanticKernel.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.Data;

// ITextSearch<TRecord> is evaluation-only in SK 1.82; these tests exercise our implementation of it.
#pragma warning disable SKEXP0001

namespace KosovoBot.SemanticKernel.Tests;

public sealed class StatementTextSearchTests : IDisposable
{
    private readonly ServiceProvider _services =
        LlmTestHost.BuildServices(new ConfigurationBuilder().Build()).BuildServiceProvider(validateScopes: true);

    [Fact]
    public async Task SearchAsync_Query_ReturnsStoredTextsBestFirst()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var search = Resolve();

        var results = await search.SearchAsync("KFOR troops", new TextSearchOptions<StatementView> { Top = 3 }, cts.Token);

        Assert.Equal([TestStatements.Troops.Text], await results.Results.ToListAsync(cts.Token));
    }

    [Fact]
    public async Task GetTextSearchResultsAsync_Query_NamesSpeakerAndLinksStatement()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var search = Resolve();

        var results = await search.GetTextSearchResultsAsync("KFOR troops", cancellationToken: cts.Token);

        var result = Assert.Single(await results.Results.ToListAsync(cts.Token));
        Assert.Equal(TestStatements.Troops.Text, result.Value);
        Assert.StartsWith("James Appathurai", result.Name, StringComparison.Ordinal);
        Assert.Equal(TestStatements.Troops.Id, result.Link);
    }

    [Fact]
    public async Task GetSearchResultsAsync_WithFilterAndSkip_AppliesThemInRankOrder()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var search = Resolve();
        var options = new TextSearchOptions<StatementView> { Top = 5, Skip = 1, Filter = s => s.Speaker == "James Appathurai" };

        var results = await search.GetSearchResultsAsync("NATO Kosovo", options, cts.Token);

        var ids = (await results.Results.ToListAsync(cts.Token)).Select(s => s.Id);
        Assert.Equal([TestStatements.Platform.Id], ids);
    }

    public void Dispose() => _services.Dispose();

    private ITextSearch<StatementView> Resolve() => _services.GetRequiredService<ITextSearch<StatementView>>();
}
