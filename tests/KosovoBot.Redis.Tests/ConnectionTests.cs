using System.Net;
using System.Net.Sockets;
using KosovoBot.Testing.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Redis.Tests;

public sealed class ConnectionTests
{
    [Fact]
    public async Task ConnectAsync_NoServer_FailsWithOneLineNamingTheSetting_AndNoPassword()
    {
        var port = ClosedPort();
        var connection = new RedisConnection(
            Options.Create(new RedisOptions { Connection = $"127.0.0.1:{port},password=hunter2", Timeout = TimeSpan.FromSeconds(1) }),
            NullLogger<RedisConnection>.Instance);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => connection.ConnectAsync(CancellationToken.None));

        var message = Assert.Single(error.Failures);
        Assert.StartsWith("Redis:Connection", message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.False(connection.IsReachable);
    }

    [Fact]
    public async Task ServerStopped_ClaimsGoOnInMemory_AndTheLossIsLoggedOnce()
    {
        using var server = GarnetHost.Start();
        var logs = new RedisLogWatch();
        await using var connection = await server.ConnectAsync(logs.Logger);
        var time = new FakeTimeProvider();
        var dedup = new RedisEventDeduplicator(connection, time);
        Assert.True(await dedup.TryClaimAsync("slack:event:Before", CancellationToken.None));
        Assert.True(connection.IsReachable);

        server.Stop();
        _ = await dedup.TryClaimAsync("slack:event:Stopping", CancellationToken.None); // whatever the server still finishes
        await logs.Lost.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.False(await dedup.TryClaimAsync("slack:event:Before", CancellationToken.None));
        Assert.True(await dedup.TryClaimAsync("slack:event:During1", CancellationToken.None));
        Assert.True(await dedup.TryClaimAsync("slack:event:During2", CancellationToken.None));
        Assert.False(await dedup.TryClaimAsync("slack:event:During1", CancellationToken.None));
        Assert.False(connection.IsReachable);
        Assert.Equal(1, logs.LossesLogged);
    }

    [Fact]
    public async Task ReadinessCheck_ServerLost_IsNotReadyUntilItAnswers()
    {
        using var server = GarnetHost.Start();
        var logs = new RedisLogWatch();
        await using var connection = await server.ConnectAsync(logs.Logger);
        var check = new RedisReadinessCheck(connection);
        var dedup = new RedisEventDeduplicator(connection, new FakeTimeProvider());
        var whileUp = await check.CheckAsync(CancellationToken.None);

        server.Stop();
        _ = await dedup.TryClaimAsync("slack:event:Stopping", CancellationToken.None);
        await logs.Lost.WaitAsync(TimeSpan.FromSeconds(20));
        var whileDown = await check.CheckAsync(CancellationToken.None);

        Assert.Equal("redis", check.Name);
        Assert.True(whileUp.IsReady);
        Assert.False(whileDown.IsReady);
        Assert.Contains("unreachable", whileDown.Detail, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
