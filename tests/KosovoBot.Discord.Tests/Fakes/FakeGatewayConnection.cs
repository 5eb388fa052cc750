using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>
/// The server side of one gateway connection: the test sends frames and reads what the bot sent.
/// Heartbeats are answered with an ACK unless <see cref="AutoAck"/> is off, and kept apart from other frames.
/// </summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string path, string query) : IDisposable
{
    private readonly Channel<JsonObject> _frames = Channel.CreateUnbounded<JsonObject>();
    private readonly Channel<JsonObject> _heartbeats = Channel.CreateUnbounded<JsonObject>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Path => path;

    public string Query => query;

    public volatile bool AutoAck = true;

    /// <summary>Completes with the close code the bot sent, or null when it dropped the socket.</summary>
    public Task<int?> Closed => _closed.Task;

    public async Task SendAsync(JsonNode frame, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends <paramref name="frame"/> split over several WebSocket frames of <paramref name="chunk"/> bytes.</summary>
    public async Task SendFragmentedAsync(JsonNode frame, int chunk, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += chunk)
            {
                var length = Math.Min(chunk, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, length), WebSocketMessageType.Text, offset + length == bytes.Length, cancellationToken);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a dispatch with the given sequence number.</summary>
    public Task DispatchAsync(string eventName, int sequence, JsonNode data, CancellationToken cancellationToken) =>
        SendAsync(new JsonObject { ["op"] = 0, ["s"] = sequence, ["t"] = eventName, ["d"] = data.DeepClone() }, cancellationToken);

    public Task<JsonObject> ReceiveAsync(CancellationToken cancellationToken) => _frames.Reader.ReadAsync(cancellationToken).AsTask();

    public Task<JsonObject> NextHeartbeatAsync(CancellationToken cancellationToken) => _heartbeats.Reader.ReadAsync(cancellationToken).AsTask();

    public async Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake", cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose() => _sendLock.Dispose();

    /// <summary>Reads until the bot closes or drops the connection.</summary>
    public async Task PumpAsync(CancellationToken cancellationToken)
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
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult((int?)result.CloseStatus);
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                    }

                    return;
                }

                var frame = JsonNode.Parse(message.ToArray())!.AsObject();
                if (frame["op"]!.GetValue<int>() == 1)
                {
                    _heartbeats.Writer.TryWrite(frame);
                    if (AutoAck)
                    {
                        await SendAsync(new JsonObject { ["op"] = 11 }, cancellationToken);
                    }
                }
                else
                {
                    _frames.Writer.TryWrite(frame);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _closed.TrySetResult(null);
        }
    }
}
