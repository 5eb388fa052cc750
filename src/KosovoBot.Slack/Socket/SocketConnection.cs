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

    /// <summary>
    /// Closes the socket politely: sends our close frame, then waits for <paramref name="receiveLoop"/> to read the
    /// peer's close frame and end. Only the receive loop ever receives, so the close never competes with it for
    /// the socket. When the peer does not answer within the timeout the socket is aborted, which ends the loop.
    /// </summary>
    public async Task CloseAsync(Task receiveLoop)
    {
        using var timeout = new CancellationTokenSource(closeTimeout, time);
        try
        {
            // Not behind the send lock: a send stuck on a dead socket must not hold up the close. The socket
            // orders its own frames, and a send that comes after our close frame fails and is logged by its owner.
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
            }

            // How the loop ended is its owner's business; here only whether it did.
            await receiveLoop.WaitAsync(timeout.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or InvalidOperationException)
        {
            // The close frame could not be sent in time, or the socket broke meanwhile.
        }

        if (!receiveLoop.IsCompleted)
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
