using System.Net.WebSockets;
using System.Text.Json;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Health;
using KosovoBot.Slack.Dispatch;
using KosovoBot.Slack.Protocol;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Slack.Socket;

/// <summary>
/// One Socket Mode connection from <c>hello</c> to close: reads frames, hands envelopes to the dispatcher (which
/// acknowledges them first), and returns a <see cref="SocketSessionOutcome"/> when the connection ends, when the
/// adapter stops, or when Slack asks for a replacement; a replaced connection keeps delivering (the outcome's
/// <see cref="SocketSessionOutcome.Draining"/>) until Slack closes it or the grace period ends. A bad frame or a failing
/// envelope is logged and skipped; <c>link_disabled</c> throws <see cref="ChatAdapterFatalException"/>.
/// </summary>
internal sealed class SocketModeSession(
    SocketConnection connection,
    SocketEnvelopeDispatcher dispatcher,
    SlackOptions options,
    AdapterConnections states,
    TimeProvider time,
    ILogger logger)
{
    private const string LinkDisabled = "link_disabled";
    internal const string TooManyWebSockets = "too_many_websockets";

    private DateTimeOffset? _helloAt;

    public async Task<SocketSessionOutcome> RunAsync(CancellationToken stopping)
    {
        var abort = new CancellationTokenSource();
        var handedOver = false;
        try
        {
            var reading = ReadAsync(untilDisconnect: true, stopping, abort.Token);

            // A socket that opens but never says hello is as dead as one that does not open.
            using var helloTimeout = new CancellationTokenSource(options.HelloTimeout, time);
            using var helloWatch = helloTimeout.Token.Register(() =>
            {
                if (_helloAt is null)
                {
                    Log.HelloTimeout(logger);
                    abort.Cancel();
                }
            });
            await Task.WhenAny(reading, Task.Delay(Timeout.InfiniteTimeSpan, stopping));
            if (!reading.IsCompleted)
            {
                await connection.CloseAsync(reading);
                await abort.CancelAsync();
                await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return new SocketSessionOutcome(SocketSessionEnd.Stopped, _helloAt, null, Task.CompletedTask);
            }

            switch (await reading)
            {
                case null:
                    return new SocketSessionOutcome(SocketSessionEnd.Closed, _helloAt, null, Task.CompletedTask);
                case LinkDisabled:
                    await CloseAsync(abort);
                    throw new ChatAdapterFatalException(
                        "Slack disabled Socket Mode for this app (link_disabled). Turn Socket Mode on in the app settings, "
                        + "or set Slack:Mode to Http.");
                case TooManyWebSockets:
                    // Over Slack's connection cap another socket would be refused too: close this one, then back off.
                    await CloseAsync(abort);
                    return new SocketSessionOutcome(SocketSessionEnd.Closed, _helloAt, TooManyWebSockets, Task.CompletedTask);
                case var reason:
                    handedOver = true;
                    return new SocketSessionOutcome(SocketSessionEnd.Replaced, _helloAt, reason, DrainAsync(abort, stopping));
            }
        }
        finally
        {
            if (!handedOver)
            {
                abort.Dispose();
                connection.Dispose();
            }
        }
    }

    // Keeps reading the replaced connection until Slack closes it, the grace period ends or the adapter stops.
    private async Task DrainAsync(CancellationTokenSource abort, CancellationToken stopping)
    {
        try
        {
            var reading = ReadAsync(untilDisconnect: false, stopping, abort.Token);
            await Task.WhenAny(reading, Task.Delay(options.ReplacedConnectionGrace, time, stopping));
            if (!reading.IsCompleted)
            {
                await connection.CloseAsync(reading);
                await abort.CancelAsync();
            }

            await reading;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.SessionFailed(logger, ex);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        finally
        {
            abort.Dispose();
            connection.Dispose();
        }
    }

    private async Task CloseAsync(CancellationTokenSource abort)
    {
        var reading = ReadAsync(untilDisconnect: false, CancellationToken.None, abort.Token);
        await connection.CloseAsync(reading);
        await abort.CancelAsync();
        await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>
    /// Reads frames until the socket ends (null) or, when <paramref name="untilDisconnect"/>, until Slack's
    /// <c>disconnect</c> (its reason).
    /// </summary>
    private async Task<string?> ReadAsync(bool untilDisconnect, CancellationToken stopping, CancellationToken abort)
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
                return null;
            }

            if (text is null)
            {
                Log.ConnectionClosed(logger);
                return null;
            }

            if (await HandleFrameAsync(text, stopping) is { } reason && untilDisconnect)
            {
                return reason;
            }
        }
    }

    /// <summary>Handles one frame; returns the reason when it is Slack's <c>disconnect</c>.</summary>
    private async Task<string?> HandleFrameAsync(string text, CancellationToken cancellationToken)
    {
        SocketFrame? frame;
        try
        {
            frame = JsonSerializer.Deserialize(text, SlackJsonContext.Default.SocketFrame);
        }
        catch (JsonException ex)
        {
            Log.MalformedFrame(logger, ex);
            return null;
        }

        switch (frame)
        {
            case { EnvelopeId: { Length: > 0 } }:
                await dispatcher.DispatchAsync(frame, connection, cancellationToken);
                return null;
            case HelloFrame hello:
                Log.Hello(logger, hello.NumConnections);
                _helloAt ??= time.GetUtcNow();
                states.Connected(SlackChatAdapter.PlatformName);
                return null;
            case DisconnectFrame disconnect:
                Log.DisconnectRequested(logger, disconnect.Reason);
                return disconnect.Reason ?? "unknown";
            case null:
                return null;
            default:
                Log.EnvelopeIgnored(logger, frame.Kind);
                return null;
        }
    }
}
