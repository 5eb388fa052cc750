namespace KosovoBot.Slack.Protocol;

/// <summary>A Block Kit text object: <c>mrkdwn</c> or <c>plain_text</c>.</summary>
internal sealed record TextObject
{
    public const string Mrkdwn = "mrkdwn";

    public const string PlainText = "plain_text";

    public required string Type { get; init; }

    public required string Text { get; init; }

    public static TextObject Markdown(string text) => new() { Type = Mrkdwn, Text = text };

    public static TextObject Plain(string text) => new() { Type = PlainText, Text = text };
}
