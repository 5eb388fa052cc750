using System.Text.Json.Serialization;

namespace KosovoBot.Discord.Protocol;

/// <summary>Op 1: <c>d</c> is the last sequence number, written as <c>null</c> before the first dispatch.</summary>
internal sealed record HeartbeatCommand
{
    public GatewayOpCode Op { get; init; } = GatewayOpCode.Heartbeat;

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? D { get; init; }
}
