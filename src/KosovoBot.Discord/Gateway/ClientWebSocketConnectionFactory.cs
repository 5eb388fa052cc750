using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Gateway;

/// <summary>Creates <see cref="ClientWebSocketConnection"/>s.</summary>
internal sealed class ClientWebSocketConnectionFactory(IOptions<DiscordOptions> options) : IWebSocketConnectionFactory
{
    // A real socket's close handshake is bounded on the real clock, whatever clock drives the gateway's own timers.
    public IWebSocketConnection Create() => new ClientWebSocketConnection(options.Value.CloseTimeout, TimeProvider.System);
}
