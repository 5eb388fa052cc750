namespace KosovoBot.Discord.Protocol;

/// <summary>Gateway close codes (Discord docs, "Gateway Close Event Codes") and the two WebSocket ones the bot meets.</summary>
internal enum GatewayCloseCode
{
    NormalClosure = 1000,
    GoingAway = 1001,
    UnknownError = 4000,
    UnknownOpcode = 4001,
    DecodeError = 4002,
    NotAuthenticated = 4003,
    AuthenticationFailed = 4004,
    AlreadyAuthenticated = 4005,
    InvalidSequence = 4007,
    RateLimited = 4008,
    SessionTimedOut = 4009,
    InvalidShard = 4010,
    ShardingRequired = 4011,
    InvalidApiVersion = 4012,
    InvalidIntents = 4013,
    DisallowedIntents = 4014,
}
