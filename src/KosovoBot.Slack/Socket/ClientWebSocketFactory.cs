namespace KosovoBot.Slack.Socket;

/// <summary>Creates <see cref="ClientWebSocketConnection"/>s with PING/PONG liveness.</summary>
internal sealed class ClientWebSocketFactory : IWebSocketFactory
{
    public IWebSocket Create() => new ClientWebSocketConnection();
}
