namespace KosovoBot.Slack.Protocol;

/// <summary>
/// A slash command invocation: JSON in a Socket Mode <c>slash_commands</c> envelope, form fields over HTTP.
/// </summary>
internal sealed record SlashCommand
{
    public string? Command { get; init; }

    public string? Text { get; init; }

    public string? ChannelId { get; init; }

    public string? ChannelName { get; init; }

    public string? UserId { get; init; }

    public string? TeamId { get; init; }

    public string? ResponseUrl { get; init; }

    public string? TriggerId { get; init; }
}
