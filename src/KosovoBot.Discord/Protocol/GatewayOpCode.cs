namespace KosovoBot.Discord.Protocol;

/// <summary>Gateway opcodes (Discord docs, "Gateway Opcodes"); written and read as numbers.</summary>
internal enum GatewayOpCode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
