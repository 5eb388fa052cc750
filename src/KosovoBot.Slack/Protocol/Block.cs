namespace KosovoBot.Slack.Protocol;

/// <summary>A Block Kit layout block; the bot sends <c>section</c>, <c>context</c> and <c>divider</c>.</summary>
internal sealed record Block
{
    public required string Type { get; init; }

    /// <summary>The text of a <c>section</c>.</summary>
    public TextObject? Text { get; init; }

    /// <summary>The elements of a <c>context</c>.</summary>
    public IReadOnlyList<TextObject>? Elements { get; init; }

    public static Block Section(string mrkdwn) => new() { Type = "section", Text = TextObject.Markdown(mrkdwn) };

    public static Block Context(string mrkdwn) => new() { Type = "context", Elements = [TextObject.Markdown(mrkdwn)] };

    public static Block Divider() => new() { Type = "divider" };
}
