namespace KosovoBot.Discord.Protocol;

/// <summary>A slash command definition as sent to, and read back from, the bulk overwrite endpoint.</summary>
internal sealed record ApplicationCommand
{
    public required string Name { get; init; }

    public int Type { get; init; } = 1;

    public required string Description { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>
    /// The permissions (a decimal string of bits) a member needs to see the command until a server overrides it; null
    /// for everyone.
    /// </summary>
    public string? DefaultMemberPermissions { get; init; }
}
