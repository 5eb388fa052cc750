namespace KosovoBot.Slack.Protocol;

/// <summary>One option of a select menu: its label (plain text) and the value the choice reports.</summary>
internal sealed record SelectOption
{
    public required TextObject Text { get; init; }

    public required string Value { get; init; }
}
