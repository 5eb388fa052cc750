using System.Net.WebSockets;

namespace KosovoBot.Slack.Socket;

/// <summary><see cref="IWebSocket"/> over <see cref="ClientWebSocket"/>.</summary>
internal sealed class ClientWebSocketConnection : IWebSocket
{
    private readonly ClientWebSocket _socket = new();

    public ClientWebSocketConnection()
    {
        // Slack pings and expects pongs; our own pings detect a half-open connection.
        _socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(10);
        _socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(20);
    }

    public WebSocketState State => _socket.State;

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    public ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        _socket.ReceiveAsync(buffer, cancellationToken);

    public ValueTask SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken) =>
        _socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public Task CloseOutputAsync(WebSocketCloseStatus status, string description, CancellationToken cancellationToken) =>
        _socket.CloseOutputAsync(status, description, cancellationToken);

    public void Abort() => _socket.Abort();

    public void Dispose() => _socket.Dispose();
}
