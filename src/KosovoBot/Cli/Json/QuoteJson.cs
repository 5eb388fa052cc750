namespace KosovoBot.Cli.Json;

/// <summary>One direct quotation of <c>quote --json</c>.</summary>
internal sealed record QuoteJson(string Quote, string? Speaker, string? Role, SourceRefJson Source);
