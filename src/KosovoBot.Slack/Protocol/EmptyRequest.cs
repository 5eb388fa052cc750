namespace KosovoBot.Slack.Protocol;

/// <summary>The JSON body <c>{}</c> of a Web API call without arguments.</summary>
internal sealed record EmptyRequest
{
    public static EmptyRequest Instance { get; } = new();
}
