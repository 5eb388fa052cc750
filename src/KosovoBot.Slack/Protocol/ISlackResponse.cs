namespace KosovoBot.Slack.Protocol;

/// <summary>What every Web API response carries: <c>ok</c> and, when false, an error code.</summary>
internal interface ISlackResponse
{
    bool Ok { get; }

    string? Error { get; }
}
