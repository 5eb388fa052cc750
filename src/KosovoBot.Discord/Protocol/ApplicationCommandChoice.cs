namespace KosovoBot.Discord.Protocol;

/// <summary>One fixed choice of a string option.</summary>
internal sealed record ApplicationCommandChoice
{
    public required string Name { get; init; }

    public required string Value { get; init; }
}
