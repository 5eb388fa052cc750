using System.Text.Json.Serialization;

namespace KosovoBot.Slack.Protocol;

/// <summary>Source-generated System.Text.Json metadata for every Slack payload, in Slack's snake_case.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(SocketFrame))]
[JsonSerializable(typeof(EventCallback))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(SocketAck))]
[JsonSerializable(typeof(SlashCommandResponse))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostMessageResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(EmptyRequest))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(ViewsOpenRequest))]
[JsonSerializable(typeof(BasicResponse))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(UsersInfoResponse))]
[JsonSerializable(typeof(ResponseUrlDelete))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
