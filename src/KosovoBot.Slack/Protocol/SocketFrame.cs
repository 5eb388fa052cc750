using System.Text.Json;
using System.Text.Json.Serialization;

namespace KosovoBot.Slack.Protocol;

/// <summary>
/// Any text frame Slack sends on a Socket Mode connection, typed by its <c>type</c>: <see cref="HelloFrame"/>,
/// <see cref="DisconnectFrame"/>, or an envelope (<see cref="EventsApiEnvelope"/>, <see cref="SlashCommandsEnvelope"/>, <see cref="InteractiveEnvelope"/>).
/// A type the bot does not know reads as this base record; if it carries an <c>envelope_id</c> it is still
/// acknowledged. The payload stays raw here, so that a malformed one is acknowledged before it is refused.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(HelloFrame), "hello")]
[JsonDerivedType(typeof(DisconnectFrame), "disconnect")]
[JsonDerivedType(typeof(EventsApiEnvelope), "events_api")]
[JsonDerivedType(typeof(SlashCommandsEnvelope), "slash_commands")]
[JsonDerivedType(typeof(InteractiveEnvelope), "interactive")]
internal record SocketFrame
{
    public string? EnvelopeId { get; init; }

    public JsonElement? Payload { get; init; }

    public bool AcceptsResponsePayload { get; init; }

    public int? RetryAttempt { get; init; }

    public string? RetryReason { get; init; }

    /// <summary>The frame type for logs.</summary>
    [JsonIgnore]
    public virtual string Kind => "unknown";
}
