namespace KosovoBot.Cli.Json;

/// <summary>One supporting quote of an answer.</summary>
internal sealed record CitationJson(string Quote, string? Speaker, string? Role, string Kind, SourceRefJson Source);
