using KosovoBot.Core.Answers;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>Suggests speakers from a fixed list.</summary>
internal sealed class FakeQuoteService : IQuoteService
{
    private static readonly string[] Speakers = ["James Appathurai", "Jaap de Hoop Scheffer", "NATO", "Russia"];

    public QuoteSearchResult Find(string query) => new(query, []);

    public IReadOnlyList<string> SuggestSpeakers(string prefix, int max) =>
        Speakers.Where(s => s.Contains(prefix, StringComparison.OrdinalIgnoreCase)).Take(max).ToList();
}
