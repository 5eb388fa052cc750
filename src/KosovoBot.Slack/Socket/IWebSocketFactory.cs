namespace KosovoBot.Slack.Socket;

/// <summary>Creates a fresh, unconnected WebSocket for each Socket Mode connection.</summary>
internal interface IWebSocketFactory
{
    IWebSocket Create();
}
