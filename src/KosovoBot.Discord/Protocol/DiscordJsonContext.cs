using System.Text.Json.Serialization;

namespace KosovoBot.Discord.Protocol;

/// <summary>
/// Source-generated System.Text.Json metadata for every payload the adapter reads or writes. A required member that is
/// missing, or a non-nullable one that is null, fails the read with a <see cref="System.Text.Json.JsonException"/>,
/// so handlers never see half a payload.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(GatewayFrame))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(HeartbeatCommand))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(MessageCreateData))]
[JsonSerializable(typeof(GuildCreateData))]
[JsonSerializable(typeof(GuildRoleEvent))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(ThreadListSyncData))]
[JsonSerializable(typeof(InteractionData))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(RateLimitBody))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(CreateMessageRequest))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(InteractionCallbackData))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
