using KosovoBot.Discord.Protocol;

namespace KosovoBot.Discord.Gateway;

/// <summary>The one place that decides how each gateway close code is handled, and what an operator must fix.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Our own close code for a reconnect; unlike 1000/1001 it keeps the session resumable.</summary>
    public const int Reconnecting = (int)GatewayCloseCode.UnknownError;

    public static CloseAction Classify(int? closeCode) => (GatewayCloseCode?)closeCode switch
    {
        GatewayCloseCode.AuthenticationFailed or GatewayCloseCode.InvalidShard or GatewayCloseCode.ShardingRequired
            or GatewayCloseCode.InvalidApiVersion or GatewayCloseCode.InvalidIntents or GatewayCloseCode.DisallowedIntents => CloseAction.Fatal,
        GatewayCloseCode.InvalidSequence or GatewayCloseCode.SessionTimedOut => CloseAction.Identify,
        GatewayCloseCode.NormalClosure or GatewayCloseCode.GoingAway => CloseAction.Identify,
        _ => CloseAction.Resume,
    };

    /// <summary>The operator-facing explanation of a fatal close code; never holds the token.</summary>
    public static string FixFor(int closeCode) => (GatewayCloseCode)closeCode switch
    {
        GatewayCloseCode.AuthenticationFailed => "authentication failed: Discord:Token is wrong or was reset; copy the current bot token from the Developer Portal",
        GatewayCloseCode.InvalidShard => "invalid shard: every shard in Discord:Shards (or Discord:ShardId) must be less than Discord:ShardCount",
        GatewayCloseCode.ShardingRequired => "sharding required: the bot is in too many guilds for one shard; set Discord:ShardCount",
        GatewayCloseCode.InvalidApiVersion => "invalid API version: Discord:ApiBaseUrl must use API v10",
        GatewayCloseCode.InvalidIntents => "invalid intents: the adapter asked for an unknown intent",
        GatewayCloseCode.DisallowedIntents => "disallowed intents: Discord:MessageContent is true but the Message Content intent is off for this bot; switch it on in the Developer Portal (Bot > Privileged Gateway Intents) or set Discord:MessageContent to false",
        _ => "the gateway refused the connection",
    };
}
