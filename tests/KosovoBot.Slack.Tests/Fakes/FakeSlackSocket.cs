using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using KosovoBot.Testing;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>The server side of one Socket Mode connection: the test sends frames and reads what the bot sent.</summary>
internal sealed class FakeSlackSocket(WebSocket socket, FakeSlackServer server) : IDisposable
{
    private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public Task Closed => _closed.Task;

    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closeReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _closeReplyGate;

    /// <summary>Completes when the bot's close frame arrived.</summary>
    public Task CloseReceived => _closeReceived.Task;

    /// <summary>Holds the answer to the bot's close frame until <see cref="ReleaseCloseReply"/>.</summary>
    public void HoldCloseReply() => Volatile.Write(ref _closeReplyGate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void ReleaseCloseReply() => Volatile.Read(ref _closeReplyGate)?.TrySetResult();

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task SendAsync(JsonNode node, CancellationToken cancellationToken) => SendAsync(node.ToJsonString(), cancellationToken);

    /// <summary>
    /// Sends unless the bot has already dropped this connection, which is a legitimate outcome when a test scripts
    /// a failure the bot may meet before or after this frame arrives.
    /// </summary>
    public async Task SendUnlessDroppedAsync(JsonNode node, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(node, cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            // The connection ended first; what the test asserts next is that the bot reconnects.
        }
    }

    public Task SendHelloAsync(CancellationToken cancellationToken) => SendAsync(Fixtures.Text("slack-socket-hello.json"), cancellationToken);

    /// <summary>The next frame the bot sent (acks are <c>{"envelope_id":…}</c>).</summary>
    public async Task<JsonObject> ReceiveAsync(CancellationToken cancellationToken) => await _received.Reader.ReadAsync(cancellationToken);

    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", cancellationToken);
        }

        await _closed.Task.WaitAsync(cancellationToken);
    }

    public void Abort() => socket.Abort();

    public void Dispose() => _sendLock.Dispose();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closeReceived.TrySetResult();
                    if (Volatile.Read(ref _closeReplyGate) is { } gate)
                    {
                        await gate.Task.WaitAsync(cancellationToken);
                    }

                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken);
                    }

                    return;
                }

                var frame = JsonNode.Parse(message.ToArray())!.AsObject();
                if (frame["envelope_id"] is { } id)
                {
                    server.Record("ack:" + id.GetValue<string>());
                }

                _received.Writer.TryWrite(frame);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The bot dropped the socket or the server is stopping.
        }
        finally
        {
            _received.Writer.TryComplete();
            _closed.TrySetResult();
        }
    }
}
