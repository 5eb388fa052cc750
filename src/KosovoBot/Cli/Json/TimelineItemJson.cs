namespace KosovoBot.Cli.Json;

/// <summary>One dated event of <c>deadlines --json</c>.</summary>
internal sealed record TimelineItemJson(
    string Date,
    string Precision,
    string? Part,
    string Kind,
    string Status,
    string What,
    string Quote,
    string? Speaker,
    SourceRefJson Source);
