namespace KosovoBot.Discord.Protocol;

/// <summary>One autocomplete suggestion (name and value at most 100 characters).</summary>
internal sealed record AutocompleteChoice
{
    public required string Name { get; init; }

    public required string Value { get; init; }
}
