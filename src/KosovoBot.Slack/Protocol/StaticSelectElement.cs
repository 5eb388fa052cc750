namespace KosovoBot.Slack.Protocol;

/// <summary>A select menu of fixed options; in an <c>input</c> block its choice arrives in <c>view.state.values</c>.</summary>
internal sealed record StaticSelectElement : BlockElement
{
    public required string ActionId { get; init; }

    public TextObject? Placeholder { get; init; }

    public required IReadOnlyList<SelectOption> Options { get; init; }
}
