namespace KosovoBot.Slack.Protocol;

/// <summary>A Web API response the bot only checks for <c>ok</c> (<c>views.open</c>).</summary>
internal sealed record BasicResponse : ISlackResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }
}
