namespace KosovoBot.Cli.Json;

/// <summary>A batch line that is a turn of a conversation: <c>{"thread": "ID", "question": "..."}</c>.</summary>
internal sealed record AskLineJson(string? Thread, string? Question);
