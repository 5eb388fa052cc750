using System.Text.Json;
using KosovoBot.Retrieval.Tests.Search;

namespace KosovoBot.Retrieval.Tests.Answering;

/// <summary>The article from <c>TestData/retrieval/article</c> with its services and the paraphrase questions, shared by a test class.</summary>
public sealed class ArticleFixture : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public ArticleFixture()
    {
        Harness = RetrievalHarness.ForArticle();
        Body = string.Join('\n', Harness.Provider.Current.Documents[0].Paragraphs);
        Paraphrases = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "retrieval", "paraphrases.jsonl"))
            .Where(static l => l.Length > 0)
            .Select(static l => JsonSerializer.Deserialize<ParaphraseItem>(l, Json)!)
            .ToList();
    }

    internal RetrievalHarness Harness { get; }

    internal string Body { get; }

    internal IReadOnlyList<ParaphraseItem> Paraphrases { get; }

    public void Dispose() => Harness.Dispose();
}
