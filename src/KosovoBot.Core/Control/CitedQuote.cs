namespace KosovoBot.Core.Control;

/// <summary>A quote as it was given with a recorded answer.</summary>
/// <param name="SourceId">The article's id.</param>
/// <param name="Paragraph">The paragraph (0 for the headline).</param>
/// <param name="Speaker">Who said it, or null for the article's own words.</param>
/// <param name="Quote">The verbatim text shown.</param>
public sealed record CitedQuote(string SourceId, int Paragraph, string? Speaker, string Quote);
