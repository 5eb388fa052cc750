using System.Text.Json;
using KosovoBot.Core.Health;
using KosovoBot.Discord.Gateway;
using KosovoBot.Testing.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Discord.Tests.Gateway;

/// <summary>A gateway that never accepts the socket is given up on after Discord:ConnectTimeout on the bot's clock.</summary>
public sealed class GatewayConnectTimeoutTests
{
    [Fact]
    public async Task Connect_ServerNeverAnswers_GivesUpAfterConnectTimeoutAndReconnects()
    {
        using var timeout = TestTimeout.Create();
        var time = new FakeTimeProvider();
        var options = new DiscordOptions();
        var socket = new SilentSocket();
        var connection = new GatewayConnection(
            socket, new ShardSession(0, 1), new GatewaySessionState(), new NullSink(),
            new ReconnectPolicy(Options.Create(options), new FixedRandom(0)), options, new AdapterConnections(), time,
            NullLogger.Instance);

        var run = connection.RunAsync(new Uri("wss://gateway.invalid/"), resume: false, timeout.Token);
        await socket.Connecting.Task.WaitAsync(timeout.Token);
        time.Advance(options.ConnectTimeout - TimeSpan.FromSeconds(1));
        Assert.False(run.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var outcome = await run.WaitAsync(timeout.Token);

        Assert.Equal(CloseAction.Resume, outcome.Action);
        Assert.True(socket.Aborted);
    }

    private sealed class SilentSocket : IWebSocketConnection
    {
        public TaskCompletionSource Connecting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Aborted { get; private set; }

        public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
        {
            Connecting.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        public Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<WebSocketMessage> ReceiveAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Not connected.");

        public Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

        public void Abort() => Aborted = true;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class NullSink : IDispatchSink
    {
        public void Post(string eventName, int? sequence, JsonElement data)
        {
        }
    }
}
