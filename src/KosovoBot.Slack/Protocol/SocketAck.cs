namespace KosovoBot.Slack.Protocol;

/// <summary>The acknowledgement of a Socket Mode envelope, optionally with a response payload.</summary>
internal sealed record SocketAck
{
    public required string EnvelopeId { get; init; }

    public SlashCommandResponse? Payload { get; init; }
}
