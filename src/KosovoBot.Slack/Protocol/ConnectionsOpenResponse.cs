namespace KosovoBot.Slack.Protocol;

/// <summary>The response of <c>apps.connections.open</c>: a one-time WSS URL (it holds a ticket; never log it).</summary>
internal sealed record ConnectionsOpenResponse : ISlackResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    public Uri? Url { get; init; }
}
