namespace KosovoBot.Discord.Protocol;

/// <summary>One option of a slash command.</summary>
internal sealed record ApplicationCommandOption
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public required int Type { get; init; }

    public bool? Required { get; init; }

    public bool? Autocomplete { get; init; }
}
