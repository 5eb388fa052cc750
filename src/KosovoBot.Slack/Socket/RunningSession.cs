namespace KosovoBot.Slack.Socket;

/// <summary>A Socket Mode session and the task that runs it, kept until the task is awaited.</summary>
/// <param name="Session">The session.</param>
/// <param name="Run">Its receive loop.</param>
internal sealed record RunningSession(SocketModeSession Session, Task Run);
