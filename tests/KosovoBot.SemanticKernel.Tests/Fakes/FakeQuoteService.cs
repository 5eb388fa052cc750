using KosovoBot.Core.Answers;

namespace KosovoBot.SemanticKernel.Tests.Fakes;

/// <summary>Direct statements whose speaker or text contains the query.</summary>
internal sealed class FakeQuoteService : IQuoteService
{
    public QuoteSearchResult Find(string query) => new(
        query,
        [.. TestStatements.All
            .Where(s => s.Kind == Core.Knowledge.StatementKind.Direct)
            .Where(s => (s.Speaker?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
                || s.Text.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Select(Citation.Of)]);

    public IReadOnlyList<string> SuggestSpeakers(string prefix, int max) => [];
}
