namespace KosovoBot.Discord.Protocol;

/// <summary>One embed field.</summary>
internal sealed record EmbedField
{
    public required string Name { get; init; }

    public required string Value { get; init; }

    public bool? Inline { get; init; }
}
