using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Gateway;

/// <summary>Creates <see cref="ClientWebSocketConnection"/>s.</summary>
internal sealed class ClientWebSocketConnectionFactory(IOptions<DiscordOptions> options, TimeProvider time) : IWebSocketConnectionFactory
{
    public IWebSocketConnection Create() => new ClientWebSocketConnection(options.Value.CloseTimeout, time);
}
