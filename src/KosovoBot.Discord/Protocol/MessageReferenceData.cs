namespace KosovoBot.Discord.Protocol;

/// <summary>The <c>message_reference</c> of a received message.</summary>
internal sealed record MessageReferenceData
{
    public string? MessageId { get; init; }

    public string? ChannelId { get; init; }
}
