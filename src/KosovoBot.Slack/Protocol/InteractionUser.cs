namespace KosovoBot.Slack.Protocol;

/// <summary>Who clicked or submitted.</summary>
internal sealed record InteractionUser
{
    public string? Id { get; init; }

    public string? TeamId { get; init; }
}
