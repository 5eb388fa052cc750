namespace KosovoBot.Discord.Protocol;

/// <summary>The fields of a reply's <c>referenced_message</c> the bot reads to follow a chain of replies.</summary>
internal sealed record ReferencedMessage
{
    public string? Id { get; init; }

    public DiscordUser? Author { get; init; }

    public MessageReferenceData? MessageReference { get; init; }
}
