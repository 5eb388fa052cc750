namespace KosovoBot.Slack.Protocol;

/// <summary>The option a select menu holds.</summary>
internal sealed record SelectedOption
{
    public string? Value { get; init; }
}
