namespace KosovoBot.Cli.Json;

/// <summary>The <c>sources --json</c> object.</summary>
internal sealed record SourcesJson(IReadOnlyList<SourceJson> Sources);
