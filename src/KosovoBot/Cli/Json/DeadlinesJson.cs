namespace KosovoBot.Cli.Json;

/// <summary>The <c>deadlines --json</c> object.</summary>
internal sealed record DeadlinesJson(string AsOf, IReadOnlyList<TimelineItemJson> Items);
