using System.Text.Json;
using KosovoBot.SemanticKernel.Plugins;
using KosovoBot.SemanticKernel.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace KosovoBot.SemanticKernel.Tests;

/// <summary>The plugin's functions invoked through a kernel, as a model's function calls would be.</summary>
public sealed class KnowledgePluginTests : IDisposable
{
    private readonly ServiceProvider _services =
        LlmTestHost.BuildServices(new ConfigurationBuilder().Build()).BuildServiceProvider(validateScopes: true);

    [Fact]
    public async Task SearchStatements_ThroughKernel_ReturnsStoredStatementsWithAttribution()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var kernel = NewKernel();

        var result = await kernel.InvokeAsync(
            KnowledgePlugin.PluginName, "search_statements", new KernelArguments { ["question"] = "KFOR troops", ["top"] = 2 }, cts.Token);

        var statements = result.GetValue<IReadOnlyList<StatementView>>()!;
        var best = Assert.Single(statements);
        Assert.Equal(TestStatements.Troops.Id, best.Id);
        Assert.Equal(TestStatements.Troops.Text, best.Text);
        Assert.Equal("James Appathurai", best.Speaker);
        Assert.Equal("NATO spokesman", best.Role);
        Assert.Equal("reported", best.Kind);
        Assert.Equal("VOA: NATO to Stay in Kosovo", best.Source);
    }

    [Fact]
    public async Task SearchStatements_TopGivenAsText_LimitsResults()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var kernel = NewKernel();

        // A model's function call passes every argument as text; the kernel converts it.
        var result = await kernel.InvokeAsync(
            KnowledgePlugin.PluginName, "search_statements", new KernelArguments { ["question"] = "NATO Kosovo", ["top"] = "2" }, cts.Token);

        Assert.Equal(2, result.GetValue<IReadOnlyList<StatementView>>()!.Count);
    }

    [Fact]
    public async Task ListDeadlines_ThroughKernel_ReturnsDatedEventsWithEvidence()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var kernel = NewKernel();

        var result = await kernel.InvokeAsync(KnowledgePlugin.PluginName, "list_deadlines", cancellationToken: cts.Token);

        var item = Assert.Single(result.GetValue<IReadOnlyList<DeadlineView>>()!);
        Assert.Equal("2007-12-10", item.Date);
        Assert.Equal("day", item.Precision);
        Assert.Equal("upcoming", item.Status);
        Assert.Equal(TestStatements.Mediators.Text, item.Quote);
    }

    [Fact]
    public async Task FindQuotes_BySpeakerThroughKernel_ReturnsTheirDirectQuotations()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var kernel = NewKernel();

        var result = await kernel.InvokeAsync(
            KnowledgePlugin.PluginName, "find_quotes", new KernelArguments { ["speakerOrWord"] = "Appathurai" }, cts.Token);

        var quotes = result.GetValue<IReadOnlyList<QuoteView>>()!;
        Assert.Equal([TestStatements.Platform.Text, TestStatements.Reinforcements.Text], quotes.Select(q => q.Quote));
        Assert.All(quotes, q => Assert.Equal("James Appathurai", q.Speaker));
    }

    [Fact]
    public async Task FindQuotes_ResultAsText_IsJsonAModelCanRead()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var kernel = NewKernel();

        var result = await kernel.InvokeAsync(
            KnowledgePlugin.PluginName, "find_quotes", new KernelArguments { ["speakerOrWord"] = "reinforcements" }, cts.Token);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result.GetValue<object>()));
        Assert.Equal(TestStatements.Reinforcements.Text, json.RootElement[0].GetProperty("Quote").GetString());
    }

    [Fact]
    public void Plugin_FromContainer_DescribesEveryFunction()
    {
        var kernel = NewKernel();

        var functions = kernel.Plugins[KnowledgePlugin.PluginName].ToList();

        Assert.Equal(["find_quotes", "list_deadlines", "search_statements"], functions.Select(f => f.Name).Order());
        Assert.All(functions, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        Assert.All(functions.SelectMany(f => f.Metadata.Parameters), p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
    }

    public void Dispose() => _services.Dispose();

    /// <summary>A kernel from the container, with no model configured: the plugin is registered regardless.</summary>
    private Kernel NewKernel() => _services.GetRequiredService<Kernel>();
}
