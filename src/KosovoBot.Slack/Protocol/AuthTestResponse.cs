namespace KosovoBot.Slack.Protocol;

/// <summary>The response of <c>auth.test</c>: who the bot token belongs to.</summary>
internal sealed record AuthTestResponse : ISlackResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    public string? UserId { get; init; }

    public string? BotId { get; init; }

    public string? TeamId { get; init; }

    public string? Team { get; init; }
}
