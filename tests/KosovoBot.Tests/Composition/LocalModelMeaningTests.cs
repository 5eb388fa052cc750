using KosovoBot.Composition;
using KosovoBot.Core.Answers;
using KosovoBot.LocalModel;
using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Tests.Composition;

/// <summary>
/// A name the article does not spell but means (a capital for its country) is answered with the local model; a name
/// the article neither spells nor means stays declined, and so does the first one without the model.
/// </summary>
public sealed class LocalModelMeaningTests : IDisposable
{
    private const string Article = """
        ---
        id: wire-fishing-talks
        title: Fishing Talks Stall
        outlet: Wire
        outletName: Test Wire Service
        author: Ana Reporter
        dateline: Portville
        published: 2021-05-04
        ---

        Japan wants further talks between the two fishing fleets before the new quotas take effect, officials said on Tuesday.

        Harbour master Lena Okafor said the trawlers would stay in port until the storm passes.
        """;

    private readonly string _scratch = Directory.CreateTempSubdirectory("kosovobot-meaning-").FullName;

    [Fact]
    public async Task Answer_CapitalForTheCountryTheArticleNames_QuotesThatCountry()
    {
        var answer = await AnswerAsync([], "What is Tokyo's position on the fishing talks?");

        Assert.True(answer.Answered, $"declined: {answer.Declined}");
        Assert.StartsWith("Japan wants further talks", answer.Citations[0].Statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_CountryTheArticleNeitherNamesNorMeans_IsDeclined()
    {
        var answer = await AnswerAsync([], "What is Brazil's position on the fishing talks?");

        Assert.False(answer.Answered);
        Assert.Equal(DeclineReason.UnknownName, answer.Declined);
    }

    [Fact]
    public async Task Answer_CapitalWithoutTheModel_IsDeclinedAsToday()
    {
        var answer = await AnswerAsync(["--Embeddings:Local=false"], "What is Tokyo's position on the fishing talks?");

        Assert.False(answer.Answered);
        Assert.Equal(DeclineReason.UnknownName, answer.Declined);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private async Task<Answer> AnswerAsync(string[] args, string question)
    {
        var knowledge = Directory.CreateDirectory(Path.Combine(_scratch, "knowledge")).FullName;
        await File.WriteAllTextAsync(Path.Combine(knowledge, "wire-fishing-talks.md"), Article);
        var builder = HostComposition.CreateBuilder(
            [
                .. args,
                $"--Knowledge:Path={knowledge}",
                "--Knowledge:Watch=false",
                $"--Embeddings:CachePath={Path.Combine(_scratch, "embeddings.json")}",
            ],
            LogLevel.Warning);
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        if (host.Services.GetService<LocalEmbeddingGenerator>() is { } generator && await generator.LoadAsync(timeout.Token))
        {
            await host.Services.GetRequiredService<StatementVectorWarmup>().WarmAsync(timeout.Token);
        }

        return await host.Services.GetRequiredService<IAnswerService>().AnswerAsync(question, timeout.Token);
    }
}
