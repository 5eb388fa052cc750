using KosovoBot.Retrieval.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Tests.Knowledge;

public sealed class KnowledgeServicesTests : IDisposable
{
    private readonly TempKnowledge _temp = new();

    [Fact]
    public void AddKnowledge_Configured_ServesStoreAsProviderWithWatcherService()
    {
        _temp.CopyArticle();
        using var provider = Build(new() { ["Knowledge:Path"] = _temp.Directory, ["Knowledge:Watch"] = "false" });

        var knowledge = provider.GetRequiredService<IKnowledgeProvider>();

        Assert.Same(provider.GetRequiredService<KnowledgeStore>(), knowledge);
        Assert.Single(knowledge.Current.Documents);
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is KnowledgeWatchService);
        Assert.False(provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Watch);
    }

    [Fact]
    public void AddKnowledge_Defaults_AreKnowledgeWatchAndQuarterSecond()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value;

        Assert.Equal("knowledge", options.Path);
        Assert.True(options.Watch);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.ReloadDelay);
    }

    [Fact]
    public void AddKnowledge_ReloadDelayTooLong_FailsValidation()
    {
        using var provider = Build(new() { ["Knowledge:ReloadDelay"] = "00:05:00" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value);

        Assert.Contains("ReloadDelay", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchService_StartAndStop_RunsWithoutError()
    {
        _temp.CopyArticle();
        using var provider = Build(new() { ["Knowledge:Path"] = _temp.Directory });
        var service = provider.GetServices<IHostedService>().OfType<KnowledgeWatchService>().Single();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await service.StartAsync(cts.Token);
        await service.StopAsync(cts.Token);

        Assert.Single(provider.GetRequiredService<IKnowledgeProvider>().Current.Documents);
    }

    [Fact]
    public void Resolve_RelativePathFromSubfolder_FindsFolderUpward()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_temp.Root, "a", "b")).FullName;

        Assert.Equal(_temp.Directory, KnowledgePath.Resolve("knowledge", sub));
        Assert.Equal(_temp.Directory, KnowledgePath.Resolve("knowledge", _temp.Root));
        Assert.Equal(Path.Combine(sub, "missing"), KnowledgePath.Resolve("missing", sub));
        Assert.Equal(_temp.Directory, KnowledgePath.Resolve(_temp.Directory, sub));
    }

    public void Dispose() => _temp.Dispose();

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddKnowledge(configuration).BuildServiceProvider();
    }
}
