using KosovoBot.Core.Answers;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Tests.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Tests.Answering;

public sealed class RetrievalServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IKnowledgeProvider>(new FixedKnowledgeProvider(StatementFixture.Knowledge));
        services.AddRetrieval(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public async Task AddRetrieval_Defaults_ResolvesEveryServiceAndAnswers()
    {
        await using var provider = Build([]);

        var answer = await provider.GetRequiredService<IAnswerService>().AnswerAsync("how many dockers return to work", CancellationToken.None);

        Assert.Contains("1,200", answer.Text, StringComparison.Ordinal);
        Assert.NotNull(provider.GetRequiredService<IStatementSearch>());
        Assert.NotNull(provider.GetRequiredService<IQuoteService>());
        Assert.NotNull(provider.GetRequiredService<ITimelineService>());
        Assert.Single(provider.GetRequiredService<ISourceCatalog>().Sources);
    }

    [Fact]
    public void AddRetrieval_Settings_BindFromSection()
    {
        using var provider = Build(new() { ["Retrieval:K1"] = "1.5", ["Retrieval:AbstainBelow"] = "0.4" });

        var options = provider.GetRequiredService<IOptions<RetrievalOptions>>().Value;

        Assert.Equal(1.5, options.K1);
        Assert.Equal(0.4, options.AbstainBelow);
    }

    [Theory]
    [InlineData("Retrieval:B", "1.5")]
    [InlineData("Retrieval:AbstainBelow", "-0.1")]
    [InlineData("Retrieval:MaxCitations", "0")]
    public void AddRetrieval_InvalidSetting_FailsValidation(string key, string value)
    {
        using var provider = Build(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RetrievalOptions>>().Value);
    }
}
