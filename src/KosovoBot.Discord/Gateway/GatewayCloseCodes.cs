namespace KosovoBot.Discord.Gateway;

/// <summary>The one place that decides how each gateway close code is handled, and what an operator must fix.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Our own close code for a reconnect; unlike 1000/1001 it keeps the session resumable.</summary>
    public const int Reconnecting = 4000;

    public static CloseAction Classify(int? closeCode) => closeCode switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => CloseAction.Fatal,
        4007 or 4009 => CloseAction.Identify,
        1000 or 1001 => CloseAction.Identify,
        _ => CloseAction.Resume,
    };

    /// <summary>The operator-facing explanation of a fatal close code; never holds the token.</summary>
    public static string FixFor(int closeCode) => closeCode switch
    {
        4004 => "authentication failed: Discord:Token is wrong or was reset; copy the current bot token from the Developer Portal",
        4010 => "invalid shard: every shard in Discord:Shards (or Discord:ShardId) must be less than Discord:ShardCount",
        4011 => "sharding required: the bot is in too many guilds for one shard; set Discord:ShardCount",
        4012 => "invalid API version: Discord:ApiBaseUrl must use API v10",
        4013 => "invalid intents: the adapter asked for an unknown intent",
        4014 => "disallowed intents: Discord refused an intent the adapter asked for, although it asks only for GUILDS, GUILD_MESSAGES and DIRECT_MESSAGES, none of them privileged",
        _ => "the gateway refused the connection",
    };
}
