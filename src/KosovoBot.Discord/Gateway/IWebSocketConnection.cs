namespace KosovoBot.Discord.Gateway;

/// <summary>One WebSocket connection, reduced to what the gateway needs; a connection is used once.</summary>
internal interface IWebSocketConnection : IAsyncDisposable
{
    /// <summary>Opens the connection.</summary>
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one text message; concurrent callers are serialised.</summary>
    Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);

    /// <summary>Reads one whole message (all frames until end of message), or the peer's close.</summary>
    Task<WebSocketMessage> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes with <paramref name="closeCode"/>; aborts when the handshake does not finish in time.</summary>
    Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken);

    /// <summary>Drops the connection at once.</summary>
    void Abort();
}
