namespace KosovoBot.Retrieval.Analysis;

/// <summary>One token out of the analysis chain.</summary>
/// <param name="Term">The analysed term.</param>
/// <param name="Position">0-based position; tokens injected by a synonym share the position of the words they replace.</param>
/// <param name="Start">Offset of the first character of the source word(s).</param>
/// <param name="End">Offset just past the source word(s).</param>
/// <param name="IsSynonym">True when a synonym rule injected the token.</param>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End, bool IsSynonym);
