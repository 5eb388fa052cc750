namespace KosovoBot.Slack.Protocol;

/// <summary>
/// A Block Kit layout block; the bot sends <c>section</c>, <c>context</c>, <c>divider</c> and <c>actions</c> in messages,
/// and <c>input</c> in its 👎 form.
/// </summary>
internal sealed record Block
{
    public required string Type { get; init; }

    /// <summary>Names the block in interaction payloads (<c>actions</c>, <c>input</c>).</summary>
    public string? BlockId { get; init; }

    /// <summary>The text of a <c>section</c>.</summary>
    public TextObject? Text { get; init; }

    /// <summary>The elements of a <c>context</c> (text) or an <c>actions</c> block (buttons).</summary>
    public IReadOnlyList<BlockElement>? Elements { get; init; }

    /// <summary>The label of an <c>input</c> block (plain text).</summary>
    public TextObject? Label { get; init; }

    /// <summary>The one element of an <c>input</c> block.</summary>
    public BlockElement? Element { get; init; }

    /// <summary>True when an <c>input</c> may be left empty.</summary>
    public bool? Optional { get; init; }

    public static Block Section(string mrkdwn) => new() { Type = "section", Text = TextObject.Markdown(mrkdwn) };

    public static Block Context(string mrkdwn) => new() { Type = "context", Elements = [new MrkdwnElement { Text = mrkdwn }] };

    public static Block Divider() => new() { Type = "divider" };

    public static Block Actions(string blockId, params BlockElement[] elements) => new() { Type = "actions", BlockId = blockId, Elements = elements };

    public static Block Input(string blockId, string label, BlockElement element, bool optional = false) => new()
    {
        Type = "input",
        BlockId = blockId,
        Label = TextObject.Plain(label),
        Element = element,
        Optional = optional ? true : null,
    };
}
