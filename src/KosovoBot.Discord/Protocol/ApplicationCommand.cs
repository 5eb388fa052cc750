namespace KosovoBot.Discord.Protocol;

/// <summary>A slash command definition as sent to, and read back from, the bulk overwrite endpoint.</summary>
internal sealed record ApplicationCommand
{
    public required string Name { get; init; }

    public int Type { get; init; } = 1;

    public required string Description { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
