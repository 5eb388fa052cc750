using System.Buffers;
using System.Net.WebSockets;

namespace KosovoBot.Discord.Gateway;

/// <summary><see cref="IWebSocketConnection"/> over <see cref="ClientWebSocket"/>.</summary>
internal sealed class ClientWebSocketConnection(TimeSpan closeTimeout, TimeProvider time) : IWebSocketConnection
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        _socket.Options.SetRequestHeader("User-Agent", DiscordClientInfo.UserAgent);
        await _socket.ConnectAsync(uri, cancellationToken);
    }

    public async Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task<WebSocketMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return WebSocketMessage.Closed((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return WebSocketMessage.Text(buffer.WrittenMemory);
            }
        }
    }

    public async Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            _socket.Abort();
            return;
        }

        using var deadline = new CancellationTokenSource(closeTimeout, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await _socket.CloseAsync((WebSocketCloseStatus)closeCode, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The peer did not take the close in time; dropping the socket ends the connection either way.
        }
        finally
        {
            _socket.Abort();
        }
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
