namespace KosovoBot.Slack.Protocol;

/// <summary>
/// An interaction payload: <c>block_actions</c> (a button clicked) or <c>view_submission</c> (a modal sent). Only the
/// fields the bot reads are declared.
/// </summary>
internal sealed record InteractionPayload
{
    public string? Type { get; init; }

    public IdObject? Team { get; init; }

    public InteractionUser? User { get; init; }

    /// <summary>Opens a modal with <c>views.open</c> within 3 seconds.</summary>
    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    public IdObject? Channel { get; init; }

    public InteractionContainer? Container { get; init; }

    public InteractionMessage? Message { get; init; }

    public IReadOnlyList<InteractionAction>? Actions { get; init; }

    public InteractionView? View { get; init; }
}
