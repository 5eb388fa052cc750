using Microsoft.Extensions.Hosting;

namespace KosovoBot.Redis;

/// <summary>Connects to Redis when the host starts, before the chat adapters run; an unreachable server stops start-up.</summary>
internal sealed class RedisConnector(RedisConnection connection) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => connection.ConnectAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
