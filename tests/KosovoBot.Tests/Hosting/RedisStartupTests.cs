using System.Net;
using System.Net.Sockets;
using KosovoBot.Tests.Support;

namespace KosovoBot.Tests.Hosting;

public sealed class RedisStartupTests : IDisposable
{
    private readonly BotProcess _bot = new();

    [Fact]
    public async Task Start_RedisUnreachable_StopsWithOneLineNamingTheSetting()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var run = await _bot.RunAsync(string.Empty, $"--Redis:Connection=127.0.0.1:{port},password=s3cret", "--Redis:Timeout=00:00:01");

        Assert.Equal(1, run.ExitCode);
        var errors = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("warn:", StringComparison.Ordinal) && !line.StartsWith("info:", StringComparison.Ordinal));
        Assert.StartsWith($"KosovoBot cannot start: Redis:Connection: no Redis server answered at 127.0.0.1:{port}", Assert.Single(errors), StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed to start", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    public void Dispose() => _bot.Dispose();
}
