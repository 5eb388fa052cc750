using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.SemanticKernel.Tests.Fakes;

/// <summary>Ranks statements by how many of the query's content words they contain; no match, no result.</summary>
internal sealed class FakeStatementSearch(IReadOnlyList<Statement> statements) : IStatementSearch
{
    private static readonly HashSet<string> Stopwords =
        ["the", "a", "an", "of", "to", "in", "is", "are", "and", "or", "how", "many", "much", "does", "do", "what", "who", "will", "have", "has", "your", "you", "about"];

    public FakeStatementSearch()
        : this(TestStatements.All)
    {
    }

    public int Calls { get; private set; }

    public Task<IReadOnlyList<ScoredStatement>> SearchAsync(string query, int top, CancellationToken cancellationToken) =>
        Task.FromResult(Search(query, top));

    public IReadOnlyList<ScoredStatement> Search(string query, int top)
    {
        Calls++;
        var words = Words(query).Where(w => !Stopwords.Contains(w)).ToHashSet();
        return [.. statements
            .Select(s => new ScoredStatement(s, Words(s.Text).Distinct().Count(words.Contains)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Statement.Ordinal)
            .Take(top)];
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '?', '!', '"', '\'', ':', ';'], StringSplitOptions.RemoveEmptyEntries);
}
