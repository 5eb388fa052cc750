using System.Net.WebSockets;
using System.Text.Json;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Health;
using KosovoBot.Core.Resilience;
using KosovoBot.Core.Telemetry;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Socket;

/// <summary>
/// Keeps a Socket Mode connection open: a fresh <c>apps.connections.open</c> URL for every connect; on
/// <c>disconnect</c> the next connection is opened while the old one still delivers; a dropped socket reconnects
/// with backoff and jitter, which only starts over once a connection stayed up for <see cref="HealthyAfter"/>, and
/// is longest after <c>too_many_websockets</c>. Every session it starts is awaited before it returns.
/// </summary>
internal sealed class SocketModeClient(
    SlackApiClient api,
    IWebSocketFactory sockets,
    SocketEnvelopeDispatcher dispatcher,
    IOptions<SlackOptions> options,
    AdapterConnections states,
    BotTelemetry telemetry,
    TimeProvider time,
    [FromKeyedServices(Backoff.RandomServiceKey)] Random random,
    ILogger<SocketModeClient> logger)
{
    private const string TooManyWebSockets = "too_many_websockets";

    /// <summary>
    /// How long a connection has to stay up after <c>hello</c> before the backoff starts over: one that says hello and
    /// drops again soon after is one more failure, so a flapping link backs off.
    /// </summary>
    internal static readonly TimeSpan HealthyAfter = TimeSpan.FromSeconds(60);

    private readonly SlackOptions _options = options.Value;
    private readonly Backoff _backoff = new(options.Value.InitialBackoff, options.Value.MaxBackoff, random);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var running = new List<RunningSession>();
        var failures = 0;
        SocketModeSession? replaced = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await ObserveFinishedAsync(running, logger);
                RunningSession current;
                try
                {
                    current = await ConnectAsync(running, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsTransient(ex))
                {
                    var delay = _backoff.Delay(failures++);
                    Log.Reconnecting(logger, ex, delay);
                    telemetry.Reconnect(SlackAdapter.PlatformName, "connect failed");
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                states.Connected(SlackAdapter.PlatformName);
                replaced?.Retire(_options.ReplacedConnectionGrace);
                replaced = null;
                await Task.WhenAny(current.Run, current.Session.ReplacementRequested);
                if (current.Session.ReplacementRequested.IsFaulted)
                {
                    await current.Session.ReplacementRequested; // link_disabled: fatal
                }

                if (current.Session.DisconnectReason == TooManyWebSockets)
                {
                    // Over Slack's connection cap another socket would be refused too: close this one, then back off.
                    current.Session.RetireNow();
                }
                else if (current.Session.ReplacementRequested.IsCompleted && !current.Run.IsCompleted)
                {
                    // Keep reading the old connection until the new one said hello, then let it go.
                    replaced = current.Session;
                    telemetry.Reconnect(SlackAdapter.PlatformName, current.Session.DisconnectReason ?? "refresh");
                    continue;
                }

                await ObserveAsync(current.Run, logger);
                states.Disconnected(SlackAdapter.PlatformName);
                if (!cancellationToken.IsCancellationRequested)
                {
                    telemetry.Reconnect(SlackAdapter.PlatformName, current.Session.DisconnectReason ?? "dropped");
                    if (current.Session.HelloAt is { } helloAt && time.GetUtcNow() - helloAt >= HealthyAfter)
                    {
                        failures = 0;
                    }

                    // Over Slack's connection cap the old sockets have to time out first: wait the longest pause.
                    var delay = current.Session.DisconnectReason == TooManyWebSockets ? _options.MaxBackoff : _backoff.Delay(failures++);
                    Log.Reconnecting(logger, null, delay);
                    await Task.Delay(delay, time, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            foreach (var running1 in running)
            {
                running1.Session.RetireNow();
            }

            foreach (var running1 in running)
            {
                await ObserveAsync(running1.Run, logger);
                running1.Session.Dispose();
            }
        }
    }

    private static bool IsTransient(Exception ex) =>
        ex is WebSocketException or HttpRequestException or SlackApiException or TimeoutException or JsonException
            or OperationCanceledException;

    private async Task<RunningSession> ConnectAsync(List<RunningSession> running, CancellationToken cancellationToken)
    {
        var url = await api.OpenConnectionAsync(cancellationToken);
        var socket = sockets.Create();
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new SocketConnection(socket, time, _options.CloseTimeout, logger);
        var session = new SocketModeSession(connection, dispatcher, time, logger);
        var current = new RunningSession(session, session.RunAsync(cancellationToken));
        running.Add(current);
        try
        {
            await Task.WhenAny(session.Hello, current.Run).WaitAsync(_options.HelloTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            Log.HelloTimeout(logger);
            session.RetireNow();
            throw;
        }

        if (session.Hello.IsCompletedSuccessfully)
        {
            return current;
        }

        if (session.Hello.IsFaulted)
        {
            await session.Hello; // link_disabled: fatal
        }

        throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The socket closed before hello.");
    }

    private static async Task ObserveFinishedAsync(List<RunningSession> running, ILogger logger)
    {
        foreach (var finished in running.Where(r => r.Run.IsCompleted).ToList())
        {
            running.Remove(finished);
            await ObserveAsync(finished.Run, logger);
            finished.Session.Dispose();
        }
    }

    // A session that failed took only its own connection down: log it and let the loop connect again. A fatal
    // condition (link_disabled) reaches the loop through Hello and ReplacementRequested, never through here, but
    // would still stop the adapter if it did.
    private static async Task ObserveAsync(Task run, ILogger logger)
    {
        try
        {
            await run;
        }
        catch (Exception ex) when (ex is not ChatAdapterFatalException)
        {
            Log.SessionFailed(logger, ex);
        }
    }
}
