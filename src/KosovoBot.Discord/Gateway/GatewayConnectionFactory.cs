using KosovoBot.Core.Health;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Gateway;

/// <summary>Runs one <see cref="GatewayConnection"/> of a shard over a fresh socket.</summary>
internal sealed class GatewayConnectionFactory(
    IWebSocketConnectionFactory sockets,
    GatewaySessionState state,
    IDispatchSink sink,
    ReconnectPolicy policy,
    IOptions<DiscordOptions> options,
    AdapterConnections states,
    TimeProvider time,
    ILogger<GatewayConnection> logger)
{
    public async Task<ConnectionOutcome> RunAsync(ShardSession session, Uri url, bool resume, CancellationToken cancellationToken)
    {
        await using var socket = sockets.Create();
        var connection = new GatewayConnection(socket, session, state, sink, policy, options.Value, states, time, logger);
        return await connection.RunAsync(url, resume, cancellationToken);
    }
}
