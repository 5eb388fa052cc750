using KosovoBot.Composition;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Tests.Composition;

public sealed class StatementVectorReloadServiceTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("kosovobot-reload-vectors-").FullName;

    [Fact]
    public async Task Reload_NewArticle_EmbedsOnlyItsStatementsBeforeAnyQuestion()
    {
        var knowledge = Path.Combine(_scratch, "knowledge");
        Directory.CreateDirectory(knowledge);
        var testData = Path.Combine(AppContext.BaseDirectory, "TestData", "knowledge");
        File.Copy(Path.Combine(testData, "voa-nato-to-stay-in-kosovo.md"), Path.Combine(knowledge, "voa-nato-to-stay-in-kosovo.md"));
        using var store = new KnowledgeStore(
            Options.Create(new KnowledgeOptions { Path = knowledge, Watch = false }), new FakeTimeProvider(), NullLogger<KnowledgeStore>.Instance);
        var generator = new RecordingGenerator();
        using var index = new StatementEmbeddingIndex(
            generator,
            Options.Create(new EmbeddingsOptions { Model = "test-model", CachePath = Path.Combine(_scratch, "embeddings.json") }),
            NullLogger<StatementEmbeddingIndex>.Instance);
        var warmup = new StatementVectorWarmup(index, new KnowledgeStatementCorpus(store), NullLogger<StatementVectorWarmup>.Instance);
        Assert.True(await warmup.WarmAsync(CancellationToken.None));
        var atStart = generator.Texts.Count;
        using var service = new StatementVectorReloadService(store, warmup);

        await service.StartAsync(CancellationToken.None);
        File.Copy(Path.Combine(testData, "wire-harbour-bridge.md"), Path.Combine(knowledge, "wire-harbour-bridge.md"));
        var embedded = generator.NextCall();
        store.Reload();
        await embedded.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);

        var added = store.Current.Documents.Single(d => d.Source.Id == "wire-harbour-bridge").Statements.Select(s => s.Text);
        Assert.Equal(added.Order(), generator.Texts.Skip(atStart).Order());
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private sealed class RecordingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Texts { get; } = [];

        /// <summary>Completes when the next batch has been embedded.</summary>
        public Task NextCall()
        {
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return _next.Task;
        }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            lock (Texts)
            {
                Texts.AddRange(texts);
            }

            var result = new GeneratedEmbeddings<Embedding<float>>(texts.Select(t => new Embedding<float>(new float[] { t.Length, 1 })));
            _next.TrySetResult();
            return Task.FromResult(result);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
