namespace KosovoBot.Cli.Json;

/// <summary>One article of <c>sources --json</c>.</summary>
internal sealed record SourceJson(
    string Id, string Title, string Outlet, string? OutletName, string Author, string? Dateline, string Published, string? Url);
