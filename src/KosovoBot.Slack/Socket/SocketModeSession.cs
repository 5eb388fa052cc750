using System.Net.WebSockets;
using System.Text.Json;
using KosovoBot.Core.Chat;
using KosovoBot.Slack.Dispatch;
using KosovoBot.Slack.Protocol;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Slack.Socket;

/// <summary>
/// One Socket Mode connection from <c>hello</c> to close: reads frames, hands envelopes to the dispatcher (which
/// acknowledges them first), and signals when Slack asks for a replacement connection. A bad frame or a failing
/// envelope is logged and skipped; only a closed socket ends the session.
/// </summary>
internal sealed class SocketModeSession(
    SocketConnection connection,
    SocketEnvelopeDispatcher dispatcher,
    TimeProvider time,
    ILogger logger) : IDisposable
{
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _replacementRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _retire = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _graceTimer;

    /// <summary>Completes when Slack sent <c>hello</c>.</summary>
    public Task Hello => _hello.Task;

    /// <summary>Completes when Slack sent <c>disconnect</c> (refresh, warning…): open the next connection now.</summary>
    public Task ReplacementRequested => _replacementRequested.Task;

    /// <summary>The <c>reason</c> of Slack's <c>disconnect</c>, once it sent one.</summary>
    public string? DisconnectReason { get; private set; }

    /// <summary>When the session read Slack's <c>hello</c>; null before.</summary>
    public DateTimeOffset? HelloAt { get; private set; }

    /// <summary>Reads until the socket closes, <paramref name="cancellationToken"/> fires or the session is retired.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => stopped.TrySetResult());
        using var abort = new CancellationTokenSource();
        var receiving = ReceiveLoopAsync(cancellationToken, abort.Token);
        await Task.WhenAny(receiving, stopped.Task, _retire.Task);

        // Our close frame either starts the close (the loop then reads the peer's answer) or answers the peer's.
        await connection.CloseAsync(receiving);
        await abort.CancelAsync();
        await receiving;
    }

    /// <summary>Closes this (replaced) connection after <paramref name="grace"/>, or earlier if Slack closes it.</summary>
    public void Retire(TimeSpan grace)
    {
        _graceTimer ??= new CancellationTokenSource(grace, time);
        _graceTimer.Token.Register(() => _retire.TrySetResult());
    }

    /// <summary>Closes this connection now.</summary>
    public void RetireNow() => _retire.TrySetResult();

    public void Dispose()
    {
        _graceTimer?.Dispose();
        connection.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken stopping, CancellationToken abort)
    {
        while (true)
        {
            string? text;
            try
            {
                text = await connection.ReceiveAsync(abort);
            }
            catch (Exception ex) when (ex is WebSocketException or InvalidOperationException or OperationCanceledException)
            {
                // Dropped, aborted, closed under us or disposed (ObjectDisposedException is an InvalidOperationException):
                // the connection has ended either way and the client opens the next one.
                Log.ConnectionClosed(logger);
                return;
            }

            if (text is null)
            {
                Log.ConnectionClosed(logger);
                return;
            }

            await HandleFrameAsync(text, stopping);
        }
    }

    private async Task HandleFrameAsync(string text, CancellationToken cancellationToken)
    {
        SocketFrame? frame;
        try
        {
            frame = JsonSerializer.Deserialize(text, SlackJsonContext.Default.SocketFrame);
        }
        catch (JsonException ex)
        {
            Log.MalformedFrame(logger, ex);
            return;
        }

        switch (frame)
        {
            case null:
                return;
            case { EnvelopeId: { Length: > 0 } }:
                await dispatcher.DispatchAsync(frame, connection, cancellationToken);
                return;
            case { Type: "hello" }:
                Log.Hello(logger, frame.NumConnections);
                HelloAt ??= time.GetUtcNow();
                _hello.TrySetResult();
                return;
            case { Type: "disconnect", Reason: "link_disabled" }:
                var fatal = new ChatAdapterFatalException(
                    "Slack disabled Socket Mode for this app (link_disabled). Turn Socket Mode on in the app settings, "
                    + "or set Slack:Mode to Http.");
                _hello.TrySetException(fatal);
                _replacementRequested.TrySetException(fatal);
                return;
            case { Type: "disconnect" }:
                Log.DisconnectRequested(logger, frame.Reason);
                DisconnectReason = frame.Reason;
                _replacementRequested.TrySetResult();
                return;
            default:
                Log.EnvelopeIgnored(logger, frame.Type);
                return;
        }
    }
}
