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
}
