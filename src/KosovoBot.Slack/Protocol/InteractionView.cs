namespace KosovoBot.Slack.Protocol;

/// <summary>The submitted modal: its callback id, private metadata and the state of its inputs.</summary>
internal sealed record InteractionView
{
    public string? Id { get; init; }

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public ViewState? State { get; init; }
}
