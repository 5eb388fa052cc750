namespace KosovoBot.Slack.Socket;

/// <summary>Why a Socket Mode session returned.</summary>
internal enum SocketSessionEnd
{
    /// <summary>The connection closed or dropped, or Slack asked to close it (<c>too_many_websockets</c>): reconnect after a pause.</summary>
    Closed,

    /// <summary>Slack asked for a new connection (<c>refresh_requested</c>, <c>warning</c>…): open it now.</summary>
    Replaced,

    /// <summary>The adapter is stopping.</summary>
    Stopped,
}
