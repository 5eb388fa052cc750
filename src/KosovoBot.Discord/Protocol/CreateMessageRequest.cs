namespace KosovoBot.Discord.Protocol;

/// <summary>Body of <c>POST /channels/{id}/messages</c>.</summary>
internal sealed record CreateMessageRequest
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public required AllowedMentions AllowedMentions { get; init; }

    public MessageReference? MessageReference { get; init; }
}
