namespace KosovoBot.Discord.Protocol;

/// <summary>Body of <c>POST /channels/{id}/messages</c>.</summary>
internal sealed record CreateMessageRequest
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public required AllowedMentions AllowedMentions { get; init; }

    public MessageReference? MessageReference { get; init; }

    /// <summary>Action rows of buttons under the message (👍/👎).</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    /// <summary>
    /// With <see cref="EnforceNonce"/>, Discord creates at most one message per nonce (for a few minutes), so a retry
    /// after a timeout or a 5xx whose first attempt got through does not post the answer twice.
    /// </summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
}
