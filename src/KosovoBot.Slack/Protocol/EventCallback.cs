namespace KosovoBot.Slack.Protocol;

/// <summary>
/// The Events API body, the same over HTTP and inside a Socket Mode <c>events_api</c> envelope:
/// an <c>event_callback</c> wrapper, or a <c>url_verification</c> challenge (HTTP only).
/// </summary>
internal sealed record EventCallback
{
    public string? Type { get; init; }

    public string? EventId { get; init; }

    public string? TeamId { get; init; }

    public SlackEvent? Event { get; init; }

    public string? Challenge { get; init; }
}
