namespace KosovoBot.Slack;

/// <summary>How Slack delivers events to the bot.</summary>
public enum SlackMode
{
    /// <summary>The bot opens a WebSocket to Slack with the app-level token; no public URL is needed.</summary>
    SocketMode,

    /// <summary>Slack POSTs signed requests to the bot's public HTTPS endpoints.</summary>
    Http,
}
