namespace KosovoBot.Cli.Json;

/// <summary>The article a quote comes from, with its paragraph, as the JSON contract spells it.</summary>
internal sealed record SourceRefJson(string Id, string Title, string Outlet, string Author, string Published, string? Url, int Paragraph);
