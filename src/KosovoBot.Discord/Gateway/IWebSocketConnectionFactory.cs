namespace KosovoBot.Discord.Gateway;

/// <summary>Creates a fresh connection for every connect, since a WebSocket cannot be reopened.</summary>
internal interface IWebSocketConnectionFactory
{
    IWebSocketConnection Create();
}
