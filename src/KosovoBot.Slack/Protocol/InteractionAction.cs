namespace KosovoBot.Slack.Protocol;

/// <summary>One element that was used: its action id, block id and value.</summary>
internal sealed record InteractionAction
{
    public string? ActionId { get; init; }

    public string? BlockId { get; init; }

    public string? Type { get; init; }

    public string? Value { get; init; }
}
