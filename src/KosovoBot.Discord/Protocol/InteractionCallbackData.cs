namespace KosovoBot.Discord.Protocol;

/// <summary>
/// The <c>data</c> of an interaction response or of an edit of the original response: a message, autocomplete choices,
/// or a modal (<c>custom_id</c>, <c>title</c> and its components).
/// </summary>
internal sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public MessageFlags? Flags { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }

    public string? CustomId { get; init; }

    public string? Title { get; init; }
}
