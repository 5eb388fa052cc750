using System.Text.Json;

namespace KosovoBot.Slack.Protocol;

/// <summary>
/// Any text frame Slack sends on a Socket Mode connection: <c>hello</c>, <c>disconnect</c>, or an envelope
/// (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>) carrying an <c>envelope_id</c>.
/// </summary>
internal sealed record SocketFrame
{
    public string? Type { get; init; }

    public string? EnvelopeId { get; init; }

    public JsonElement? Payload { get; init; }

    public bool AcceptsResponsePayload { get; init; }

    public int? RetryAttempt { get; init; }

    public string? RetryReason { get; init; }

    /// <summary>Why Slack is closing the connection, for <c>disconnect</c>.</summary>
    public string? Reason { get; init; }

    public int? NumConnections { get; init; }
}
