namespace KosovoBot.Discord.Protocol;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
internal sealed record GatewayBotResponse
{
    public required string Url { get; init; }

    public int Shards { get; init; } = 1;

    public SessionStartLimit? SessionStartLimit { get; init; }
}
