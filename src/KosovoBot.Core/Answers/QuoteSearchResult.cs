namespace KosovoBot.Core.Answers;

/// <summary>Direct quotations found for a speaker or a word.</summary>
/// <param name="Query">What was looked up.</param>
/// <param name="Quotes">Direct quotations only, in article order; empty when nothing matched.</param>
public sealed record QuoteSearchResult(string Query, IReadOnlyList<Citation> Quotes);
