namespace KosovoBot.Slack.Protocol;

/// <summary>The message that held the clicked button.</summary>
internal sealed record InteractionMessage
{
    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }
}
