namespace KosovoBot.Slack.Protocol;

/// <summary>Where the clicked element sits: a <c>message</c> (possibly ephemeral) or a <c>view</c>.</summary>
internal sealed record InteractionContainer
{
    public string? Type { get; init; }

    public string? MessageTs { get; init; }

    public string? ChannelId { get; init; }

    public bool? IsEphemeral { get; init; }
}
