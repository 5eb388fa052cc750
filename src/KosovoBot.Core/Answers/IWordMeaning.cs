namespace KosovoBot.Core.Answers;

/// <summary>
/// Whether the knowledge holds the meaning of question words it does not spell ("moscow" where the article says
/// "Russia"). Optional: without it (the lexical-only bot), a word the knowledge lacks is missing.
/// </summary>
public interface IWordMeaning
{
    /// <summary>
    /// Those of <paramref name="words"/> (lower case) whose meaning a word of the knowledge carries; empty when the
    /// model is unavailable.
    /// </summary>
    Task<IReadOnlySet<string>> PresentAsync(IReadOnlyList<string> words, CancellationToken cancellationToken);

    /// <summary>
    /// For each of <paramref name="words"/> (lower case common words of <paramref name="question"/> that the knowledge
    /// does not spell), the words of <paramref name="texts"/> that say it in the text's own words ("reporters" for
    /// "journalists"), closest first; a word with none is absent. Empty when the model is unavailable or the
    /// implementation judges names only.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> EquivalentsAsync(
        string question, IReadOnlyList<string> words, IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>(new Dictionary<string, IReadOnlyList<string>>());
}
