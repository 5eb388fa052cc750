namespace KosovoBot.Slack.Protocol;

/// <summary>A button in an <c>actions</c> block; a click sends a <c>block_actions</c> payload with its action id and value.</summary>
internal sealed record ButtonElement : BlockElement
{
    /// <summary>The label (plain text, at most 75 characters).</summary>
    public required TextObject Text { get; init; }

    public required string ActionId { get; init; }

    /// <summary>What the click carries back (at most 2,000 characters): the question record's id.</summary>
    public string? Value { get; init; }

    /// <summary><c>primary</c>, <c>danger</c>, or null for the default look.</summary>
    public string? Style { get; init; }
}
