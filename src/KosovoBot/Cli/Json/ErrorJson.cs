namespace KosovoBot.Cli.Json;

/// <summary>The <c>ask --json</c> batch answer to a line that could not be read: <c>{"error": "..."}</c>.</summary>
internal sealed record ErrorJson(string Error);
