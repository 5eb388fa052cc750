namespace KosovoBot.Slack.Protocol;

/// <summary>A mrkdwn text element of a <c>context</c> block.</summary>
internal sealed record MrkdwnElement : BlockElement
{
    public required string Text { get; init; }
}
