namespace KosovoBot.Cli.Json;

/// <summary>The <c>report audit --json</c> object: settings changes, newest first.</summary>
internal sealed record AuditJson(IReadOnlyList<ChangeJson> Changes);

/// <summary>One settings change: when, where (platform, server, channel or null for the server), what, by whom.</summary>
internal sealed record ChangeJson(string At, string Platform, string Server, string? Channel, string Setting, string? Old, string New, string By);
