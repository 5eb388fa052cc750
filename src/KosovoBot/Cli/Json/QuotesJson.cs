namespace KosovoBot.Cli.Json;

/// <summary>The <c>quote --json</c> object.</summary>
internal sealed record QuotesJson(string Query, IReadOnlyList<QuoteJson> Quotes);
