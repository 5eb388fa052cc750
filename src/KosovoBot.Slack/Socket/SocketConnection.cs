using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Slack.Socket;

/// <summary>
/// One WebSocket as a stream of whole text messages: reads frames until <c>EndOfMessage</c>, serialises sends,
/// and closes with a timeout after which the socket is aborted.
/// </summary>
internal sealed class SocketConnection(IWebSocket socket, TimeProvider time, TimeSpan closeTimeout, ILogger logger) : IDisposable
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    /// <summary>The next text message, or null when the peer closed the socket.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "A Socket Mode message exceeded 4 MB.");
            }

            if (result.EndOfMessage)
            {
                if (result.MessageType == WebSocketMessageType.Text)
                {
                    return Encoding.UTF8.GetString(buffer.WrittenSpan);
                }

                buffer.Clear();
            }
        }
    }

    /// <summary>Sends one text message; concurrent senders take turns.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendTextAsync(utf8, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes the socket politely, aborting it when the peer does not answer within the timeout.</summary>
    public async Task CloseAsync()
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            socket.Abort();
            return;
        }

        using var timeout = new CancellationTokenSource(closeTimeout, time);
        try
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            Log.CloseTimedOut(logger);
            socket.Abort();
        }
    }

    public void Abort() => socket.Abort();

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}
