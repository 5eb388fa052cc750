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
/// is longest after <c>too_many_websockets</c>. Every connection it opens is awaited before it returns.
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
    /// <summary>
    /// How long a connection has to stay up after <c>hello</c> before the backoff starts over: one that says hello and
    /// drops again soon after is one more failure, so a flapping link backs off.
    /// </summary>
    internal static readonly TimeSpan HealthyAfter = TimeSpan.FromSeconds(60);

    private readonly SlackOptions _options = options.Value;
    private readonly Backoff _backoff = new(options.Value.InitialBackoff, options.Value.MaxBackoff, random);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Replaced connections run on: they stop with the client, also when it ends on a fatal error.
        using var sessions = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var draining = Task.CompletedTask;
        var failures = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                SocketSessionOutcome? outcome = null;
                Exception? failure = null;
                try
                {
                    outcome = await ConnectAndRunAsync(sessions.Token);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsTransient(ex))
                {
                    failure = ex;
                    telemetry.Reconnect(SlackChatAdapter.PlatformName, "connect failed");
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not ChatAdapterFatalException)
                {
                    // A session that failed took only its own connection down: log it and connect again.
                    Log.SessionFailed(logger, ex);
                    telemetry.Reconnect(SlackChatAdapter.PlatformName, "dropped");
                }

                if (outcome is { End: SocketSessionEnd.Replaced })
                {
                    // Open the next connection now; the old one delivers meanwhile and closes on its own.
                    draining = Task.WhenAll(draining, outcome.Draining);
                    telemetry.Reconnect(SlackChatAdapter.PlatformName, outcome.DisconnectReason ?? "refresh");
                    continue;
                }

                states.Disconnected(SlackChatAdapter.PlatformName);
                if (outcome is { End: SocketSessionEnd.Stopped })
                {
                    break;
                }

                if (outcome is not null)
                {
                    telemetry.Reconnect(SlackChatAdapter.PlatformName, outcome.DisconnectReason ?? "dropped");
                }

                if (outcome?.HelloAt is { } helloAt && time.GetUtcNow() - helloAt >= HealthyAfter)
                {
                    failures = 0;
                }

                // Over Slack's connection cap the old sockets have to time out first: wait the longest pause.
                var delay = outcome?.DisconnectReason == SocketModeSession.TooManyWebSockets ? _options.MaxBackoff : _backoff.Delay(failures++);
                Log.Reconnecting(logger, failure, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await sessions.CancelAsync();
            await draining;
        }
    }

    private static bool IsTransient(Exception ex) =>
        ex is WebSocketException or HttpRequestException or SlackApiException or TimeoutException or JsonException
            or OperationCanceledException;

    private async Task<SocketSessionOutcome> ConnectAndRunAsync(CancellationToken cancellationToken)
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
        return await new SocketModeSession(connection, dispatcher, _options, states, time, logger).RunAsync(cancellationToken);
    }
}
