using KosovoBot.Discord.Protocol;

namespace KosovoBot.Discord.Rendering;

/// <summary>A reply in Discord's shape, within every limit; the sender adds the reference and flags.</summary>
internal sealed record RenderedMessage(string? Content, IReadOnlyList<Embed> Embeds)
{
    /// <summary>The buttons under the message (👍/👎, "Share in channel"), or none.</summary>
    public IReadOnlyList<MessageComponent> Components { get; init; } = [];

    /// <summary>
    /// The reply to message <paramref name="replyToMessageId"/>. Its id is the nonce: one answer per question, so a
    /// retried send is recognised by Discord, and a snowflake fits the nonce's 25 characters.
    /// </summary>
    public CreateMessageRequest ToReply(string replyToMessageId) => new()
    {
        Nonce = replyToMessageId,
        EnforceNonce = true,
        Content = Content,
        Embeds = Embeds.Count == 0 ? null : Embeds,
        AllowedMentions = AllowedMentions.None,
        MessageReference = new MessageReference { MessageId = replyToMessageId, FailIfNotExists = false },
        Components = Components.Count == 0 ? null : Components,
    };

    public InteractionCallbackData ToInteractionData(bool ephemeral) => new()
    {
        Content = Content,
        Embeds = Embeds.Count == 0 ? null : Embeds,
        AllowedMentions = AllowedMentions.None,
        Flags = ephemeral ? MessageFlags.Ephemeral : null,
        Components = Components.Count == 0 ? null : Components,
    };
}
