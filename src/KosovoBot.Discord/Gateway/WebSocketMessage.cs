namespace KosovoBot.Discord.Gateway;

/// <summary>A whole received message, or the close the peer sent (<see cref="IsClose"/>).</summary>
internal sealed record WebSocketMessage(ReadOnlyMemory<byte> Payload, bool IsClose, int? CloseCode, string? CloseReason)
{
    public static WebSocketMessage Text(ReadOnlyMemory<byte> payload) => new(payload, false, null, null);

    public static WebSocketMessage Closed(int? code, string? reason) => new(ReadOnlyMemory<byte>.Empty, true, code, reason);
}
