namespace KosovoBot.Slack.Protocol;

/// <summary>The response of <c>chat.postMessage</c>.</summary>
internal sealed record PostMessageResponse : ISlackResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    public string? Channel { get; init; }

    public string? Ts { get; init; }
}
