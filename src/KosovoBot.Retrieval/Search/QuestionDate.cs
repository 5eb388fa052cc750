namespace KosovoBot.Retrieval.Search;

/// <summary>A date named in a question, as index tokens (see <see cref="DateTokens"/>).</summary>
/// <param name="Start">Offset of the expression in the question.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Tokens">The most precise tokens the expression gives.</param>
internal sealed record QuestionDate(int Start, int End, IReadOnlyList<string> Tokens);
