namespace KosovoBot.Discord.Protocol;

/// <summary>Op 2 payload.</summary>
internal sealed record IdentifyData
{
    public required string Token { get; init; }

    public required GatewayIntents Intents { get; init; }

    public required IdentifyProperties Properties { get; init; }

    public required IReadOnlyList<int> Shard { get; init; }
}
