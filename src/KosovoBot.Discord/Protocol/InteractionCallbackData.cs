namespace KosovoBot.Discord.Protocol;

/// <summary>The <c>data</c> of an interaction response or of an edit of the original response.</summary>
internal sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public MessageFlags? Flags { get; init; }

    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }
}
