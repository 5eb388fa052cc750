namespace KosovoBot.Discord.Protocol;

/// <summary>One choice of a string select (label and value at most 100 characters).</summary>
internal sealed record SelectOption
{
    public required string Label { get; init; }

    public required string Value { get; init; }
}
