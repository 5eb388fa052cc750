namespace KosovoBot.Slack.Protocol;

/// <summary>The body of <c>views.open</c>: the trigger of the click (valid for 3 seconds) and the modal.</summary>
internal sealed record ViewsOpenRequest
{
    public required string TriggerId { get; init; }

    public required ModalView View { get; init; }
}
