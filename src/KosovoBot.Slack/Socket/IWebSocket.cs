using System.Net.WebSockets;

namespace KosovoBot.Slack.Socket;

/// <summary>The little of a WebSocket the Socket Mode connection needs, so tests can script it.</summary>
internal interface IWebSocket : IDisposable
{
    WebSocketState State { get; }

    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Sends one complete text message.</summary>
    ValueTask SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken);

    /// <summary>
    /// Sends a close frame without receiving: the receive loop, the only reader, reads the peer's answer. (A full
    /// close would start a receive of its own beside the loop's.)
    /// </summary>
    Task CloseOutputAsync(WebSocketCloseStatus status, string description, CancellationToken cancellationToken);

    void Abort();
}
