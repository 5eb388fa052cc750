namespace KosovoBot.Discord.Protocol;

/// <summary>Op 10 payload.</summary>
internal sealed record HelloData
{
    public required int HeartbeatInterval { get; init; }
}
