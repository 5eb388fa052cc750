namespace KosovoBot.Discord.Protocol;

/// <summary>One option of a slash command; a subcommand (1) or group (2) holds options of its own.</summary>
internal sealed record ApplicationCommandOption
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public required int Type { get; init; }

    public bool? Required { get; init; }

    public bool? Autocomplete { get; init; }

    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public int? MinValue { get; init; }

    public int? MaxValue { get; init; }
}
