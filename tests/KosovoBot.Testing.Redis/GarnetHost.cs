using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;
using KosovoBot.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Testing.Redis;

/// <summary>
/// A Garnet server (Microsoft Research's Redis-protocol store) in this process on a free loopback port, reached with
/// the same StackExchange.Redis code production uses. A server that cannot start fails the test with a clear message.
/// </summary>
public sealed class GarnetHost : IDisposable
{
    private GarnetServer? _server;

    private GarnetHost(GarnetServer server, int port)
    {
        _server = server;
        Port = port;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The <c>Redis:Connection</c> value that reaches this server.</summary>
    public string Connection => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>Starts a server with small memory settings on a free port.</summary>
    public static GarnetHost Start()
    {
        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            GarnetServer? server = null;
            try
            {
                server = new GarnetServer(
                    ["--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--memory", "64m", "--index", "1m", "--page", "1m", "--logger-level", "None"],
                    NullLoggerFactory.Instance);
                server.Start();
                return new GarnetHost(server, port);
            }
            catch (Exception ex)
            {
                server?.Dispose();
                last = ex;
            }
        }

        throw new InvalidOperationException(
            $"The in-process Garnet server (Microsoft.Garnet) could not start on a loopback port, so this Redis test cannot run: {last?.Message}", last);
    }

    /// <summary>A connection to this server as the bot makes it, connected.</summary>
    public async Task<RedisConnection> ConnectAsync(Microsoft.Extensions.Logging.ILogger<RedisConnection>? logger = null, string prefix = "test:")
    {
        var connection = new RedisConnection(
            Options.Create(new RedisOptions { Connection = Connection, KeyPrefix = prefix, EventTtl = TimeSpan.FromMinutes(10), Timeout = TimeSpan.FromSeconds(5) }),
            logger ?? NullLogger<RedisConnection>.Instance);
        await connection.ConnectAsync(CancellationToken.None);
        return connection;
    }

    /// <summary>Two connections to this server, as two replicas make them, on a key prefix no other test uses.</summary>
    public async Task<GarnetReplicas> ConnectReplicasAsync()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..8] + ":";
        var a = await ConnectAsync(prefix: prefix);
        try
        {
            return new GarnetReplicas(a, await ConnectAsync(prefix: prefix), prefix);
        }
        catch
        {
            await a.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server, as an outage would.</summary>
    public void Stop()
    {
        _server?.Dispose();
        _server = null;
    }

    /// <inheritdoc />
    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
