namespace KosovoBot.Slack.Protocol;

/// <summary>The response of <c>users.info</c> (scope <c>users:read</c>): the fields the admin check reads.</summary>
internal sealed record UsersInfoResponse : ISlackResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    public SlackUser? User { get; init; }
}
