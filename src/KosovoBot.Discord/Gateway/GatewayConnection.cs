using System.Net.WebSockets;
using System.Text.Json;
using KosovoBot.Core.Health;
using KosovoBot.Discord.Protocol;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord.Gateway;

/// <summary>
/// One gateway connection: Hello, heartbeats with zombie detection, Identify or Resume, sequence tracking and
/// the control opcodes. Dispatches go to the <see cref="IDispatchSink"/>; the connection ends with an outcome.
/// </summary>
internal sealed class GatewayConnection(
    IWebSocketConnection socket,
    ShardSession session,
    GatewaySessionState state,
    IDispatchSink sink,
    ReconnectPolicy policy,
    DiscordOptions options,
    AdapterConnections states,
    TimeProvider time,
    ILogger logger)
{
    private volatile bool _acknowledged = true;
    private volatile bool _zombie;
    private bool _reachedReady;

    public async Task<ConnectionOutcome> RunAsync(Uri url, bool resume, CancellationToken cancellationToken)
    {
        if (!resume)
        {
            session.ClearSession();
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task heartbeat = Task.CompletedTask;
        ITimer? helloTimer = null;
        try
        {
            using (var deadline = new CancellationTokenSource(options.ConnectTimeout, time))
            using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token))
            {
                await socket.ConnectAsync(url, connectTimeout.Token);
            }

            // A socket that opens but never says Hello is as dead as one that does not open.
            helloTimer = time.CreateTimer(OnHelloTimeout, linked, options.ConnectTimeout, Timeout.InfiniteTimeSpan);

            while (true)
            {
                var message = await socket.ReceiveAsync(linked.Token);
                if (message.IsClose)
                {
                    return await OnClosedAsync(message.CloseCode, message.CloseReason, cancellationToken);
                }

                GatewayFrame? frame;
                try
                {
                    frame = JsonSerializer.Deserialize(message.Payload.Span, DiscordJsonContext.Default.GatewayFrame);
                }
                catch (JsonException ex)
                {
                    logger.MalformedFrame(ex);
                    continue;
                }

                switch (frame?.Op)
                {
                    case GatewayOpCode.Hello:
                        // A Hello without an object (or without its interval) leaves nothing to heartbeat by:
                        // treat it as a broken connection, like invalid JSON in the handshake.
                        var hello = (frame.D.ValueKind == JsonValueKind.Object
                                ? frame.D.Deserialize(DiscordJsonContext.Default.HelloData)
                                : null)
                            ?? throw new JsonException("Hello without data.");
                        helloTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                        var helloAt = time.GetUtcNow();
                        heartbeat = HeartbeatLoopAsync(TimeSpan.FromMilliseconds(hello.HeartbeatInterval), helloAt, linked);
                        await SendHandshakeAsync(resume, linked.Token);
                        break;
                    case GatewayOpCode.HeartbeatAck:
                        _acknowledged = true;
                        break;
                    case GatewayOpCode.Heartbeat:
                        await SendHeartbeatAsync(linked.Token);
                        break;
                    case GatewayOpCode.Reconnect:
                        logger.ReconnectRequested();
                        await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "reconnect requested", cancellationToken);
                        return new ConnectionOutcome(CloseAction.Resume, null, null, _reachedReady);
                    case GatewayOpCode.InvalidSession:
                        var resumable = frame.D.ValueKind == JsonValueKind.True;
                        logger.InvalidSession(resumable);
                        await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "invalid session", cancellationToken);
                        return resumable
                            ? new ConnectionOutcome(CloseAction.Resume, null, null, _reachedReady)
                            : new ConnectionOutcome(CloseAction.Identify, null, policy.GetInvalidSessionDelay(), _reachedReady);
                    case GatewayOpCode.Dispatch:
                        if (!OnDispatch(frame))
                        {
                            // Without a usable READY there is no session to resume: identify anew, after a backoff.
                            await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "malformed ready", cancellationToken);
                            return new ConnectionOutcome(CloseAction.Identify, null, null, false);
                        }

                        break;
                    default:
                        logger.UnknownOpcode((int?)frame?.Op ?? -1);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await socket.CloseAsync((int)WebSocketCloseStatus.NormalClosure, "shutting down", CancellationToken.None);
            return new ConnectionOutcome(CloseAction.Stop, null, null, _reachedReady);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or JsonException)
        {
            socket.Abort();
            if (_zombie)
            {
                return new ConnectionOutcome(CloseAction.Resume, null, null, _reachedReady);
            }

            logger.ConnectionLost("reconnect", ex);
            return new ConnectionOutcome(CloseAction.Resume, null, null, _reachedReady);
        }
        finally
        {
            helloTimer?.Dispose();
            await linked.CancelAsync();
            await heartbeat;
        }
    }

    private void OnHelloTimeout(object? connection)
    {
        logger.HelloTimedOut(options.ConnectTimeout);
        try
        {
            ((CancellationTokenSource)connection!).Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The connection ended at the same moment.
        }
    }

    private async Task<ConnectionOutcome> OnClosedAsync(int? closeCode, string? reason, CancellationToken cancellationToken)
    {
        var action = GatewayCloseCodes.Classify(closeCode);
        if (action != CloseAction.Fatal)
        {
            logger.ConnectionClosed(closeCode, reason, action == CloseAction.Resume ? "resume" : "identify");
        }

        await socket.CloseAsync(GatewayCloseCodes.Reconnecting, "closed by server", cancellationToken);
        return new ConnectionOutcome(action, closeCode, null, _reachedReady);
    }

    /// <summary>Handles one dispatch; false when it was a READY the session cannot be built from.</summary>
    private bool OnDispatch(GatewayFrame frame)
    {
        if (frame.S is { } sequence && !session.TryAdvance(sequence))
        {
            logger.DuplicateDispatch(sequence);
            return true;
        }

        // RESUMED carries nothing the bot reads; every other dispatch it reads carries an object, and anything else
        // is skipped here, before it can reach a handler.
        if (frame.T == "RESUMED")
        {
            _reachedReady = true;
            states.Connected(DiscordClientInfo.Platform, session.ConnectionName);
            logger.Resumed(session.Sequence);
            return true;
        }

        if (frame.D.ValueKind != JsonValueKind.Object)
        {
            logger.MalformedDispatch(frame.T, frame.S, new JsonException($"{frame.T} without an object in d."));
            return frame.T != "READY";
        }

        switch (frame.T)
        {
            case "READY":
                return OnReady(frame);
            case { } name:
                sink.Post(name, frame.S, frame.D);
                break;
        }

        return true;
    }

    private bool OnReady(GatewayFrame frame)
    {
        ReadyData? ready;
        try
        {
            ready = frame.D.Deserialize(DiscordJsonContext.Default.ReadyData);
        }
        catch (JsonException ex)
        {
            logger.MalformedDispatch(frame.T, frame.S, ex);
            return false;
        }

        // Missing or null members failed the read already; what is left to check is that the URL is one.
        if (ready is null || !Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl))
        {
            logger.MalformedDispatch(frame.T, frame.S, new JsonException("READY without a usable resume_gateway_url."));
            return false;
        }

        session.OnReady(ready.SessionId, resumeUrl);
        state.OnReady(ready.User.Id, ready.Application?.Id);
        _reachedReady = true;
        states.Connected(DiscordClientInfo.Platform, session.ConnectionName);
        logger.Ready(ready.User.Id, session.ShardId, session.ShardCount);
        return true;
    }

    private async Task SendHandshakeAsync(bool resume, CancellationToken cancellationToken)
    {
        byte[] payload;
        if (resume && session.SessionId is { } sessionId)
        {
            payload = JsonSerializer.SerializeToUtf8Bytes(
                new GatewayCommand<ResumeData>
                {
                    Op = GatewayOpCode.Resume,
                    D = new ResumeData { Token = options.Token, SessionId = sessionId, Seq = session.Sequence },
                },
                DiscordJsonContext.Default.GatewayCommandResumeData);
        }
        else
        {
            session.OnIdentifying(time.GetUtcNow());
            payload = JsonSerializer.SerializeToUtf8Bytes(
                new GatewayCommand<IdentifyData>
                {
                    Op = GatewayOpCode.Identify,
                    D = new IdentifyData
                    {
                        Token = options.Token,
                        Intents = options.MessageContent ? GatewayIntents.Bot | GatewayIntents.MessageContent : GatewayIntents.Bot,
                        Properties = new IdentifyProperties
                        {
                            Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux",
                            Browser = DiscordClientInfo.LibraryName,
                            Device = DiscordClientInfo.LibraryName,
                        },
                        Shard = session.Shard,
                    },
                },
                DiscordJsonContext.Default.GatewayCommandIdentifyData);
        }

        await socket.SendAsync(payload, cancellationToken);
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        socket.SendAsync(
            JsonSerializer.SerializeToUtf8Bytes(new HeartbeatCommand { D = session.Sequence }, DiscordJsonContext.Default.HeartbeatCommand),
            cancellationToken);

    private async Task HeartbeatLoopAsync(TimeSpan interval, DateTimeOffset helloAt, CancellationTokenSource connection)
    {
        var cancellationToken = connection.Token;
        var due = helloAt + policy.GetFirstHeartbeatDelay(interval);
        _acknowledged = true;
        try
        {
            while (true)
            {
                var wait = due - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await time.DelayAtLeastAsync(wait, cancellationToken);
                }

                if (!_acknowledged)
                {
                    _zombie = true;
                    logger.HeartbeatAckMissed();
                    socket.Abort();
                    await connection.CancelAsync();
                    return;
                }

                _acknowledged = false;

                // Scheduled from the send, not from the previous due time, so that a long pause never fires a burst.
                due = time.GetUtcNow() + interval;
                await SendHeartbeatAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection ended; its owner reports why.
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            // The receive loop sees the same failure and decides what comes next.
            await connection.CancelAsync();
        }
    }
}
