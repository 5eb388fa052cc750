using System.Text.Json;

namespace KosovoBot.Discord.Protocol;

/// <summary>A gateway payload as received: <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are only set for dispatches.</summary>
internal sealed record GatewayFrame
{
    public required GatewayOpCode Op { get; init; }

    public JsonElement D { get; init; }

    public int? S { get; init; }

    public string? T { get; init; }
}
