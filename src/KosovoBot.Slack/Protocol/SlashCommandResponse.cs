namespace KosovoBot.Slack.Protocol;

/// <summary>
/// A slash command reply: the immediate HTTP response body, the Socket Mode ack payload or a
/// <c>response_url</c> POST.
/// </summary>
internal sealed record SlashCommandResponse
{
    public const string InChannel = "in_channel";

    public const string Ephemeral = "ephemeral";

    public required string ResponseType { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<Block>? Blocks { get; init; }
}
