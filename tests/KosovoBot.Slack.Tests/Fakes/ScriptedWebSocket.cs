using System.Net.WebSockets;
using KosovoBot.Slack.Socket;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>A real client WebSocket whose sends a test can hold or fail, and whose next receive it can fail.</summary>
internal sealed class ScriptedWebSocket(IWebSocket inner) : IWebSocket
{
    private readonly TaskCompletionSource _sendHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closeOutputSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _sendGate;
    private int _failNextSend;
    private Exception? _failNextReceive;

    /// <summary>Completes when a send is waiting at the gate <see cref="HoldSends"/> set up.</summary>
    public Task SendHeld => _sendHeld.Task;

    /// <summary>Completes when the bot's close frame was sent (the socket is then in <c>CloseSent</c>).</summary>
    public Task CloseOutputSent => _closeOutputSent.Task;

    public WebSocketState State => inner.State;

    /// <summary>Sends wait until <see cref="ReleaseSends"/>.</summary>
    public void HoldSends() => Volatile.Write(ref _sendGate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void ReleaseSends() => Volatile.Read(ref _sendGate)?.TrySetResult();

    /// <summary>The next send throws as if the socket had dropped.</summary>
    public void FailNextSend() => Volatile.Write(ref _failNextSend, 1);

    /// <summary>The next receive throws <paramref name="error"/>, as a socket in a bad state would.</summary>
    public void FailNextReceive(Exception error) => Volatile.Write(ref _failNextReceive, error);

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => inner.ConnectAsync(uri, cancellationToken);

    public ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        Interlocked.Exchange(ref _failNextReceive, null) is { } error
            ? ValueTask.FromException<ValueWebSocketReceiveResult>(error)
            : inner.ReceiveAsync(buffer, cancellationToken);

    public async ValueTask SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _failNextSend, 0) == 1)
        {
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "scripted drop");
        }

        if (Volatile.Read(ref _sendGate) is { } gate)
        {
            _sendHeld.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        await inner.SendTextAsync(utf8, cancellationToken);
    }

    public async Task CloseOutputAsync(WebSocketCloseStatus status, string description, CancellationToken cancellationToken)
    {
        await inner.CloseOutputAsync(status, description, cancellationToken);
        _closeOutputSent.TrySetResult();
    }

    public void Abort() => inner.Abort();

    public void Dispose() => inner.Dispose();
}
