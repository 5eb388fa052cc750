namespace KosovoBot.Slack.Protocol;

/// <summary>A free-text field; in an <c>input</c> block its text arrives in <c>view.state.values</c>.</summary>
internal sealed record PlainTextInputElement : BlockElement
{
    public required string ActionId { get; init; }

    public bool? Multiline { get; init; }

    public int? MaxLength { get; init; }
}
