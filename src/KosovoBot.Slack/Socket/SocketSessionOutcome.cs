namespace KosovoBot.Slack.Socket;

/// <summary>How one Socket Mode connection ended, or handed over, and what comes next.</summary>
/// <param name="End">Closed, replaced (the old connection still delivers), or stopped.</param>
/// <param name="HelloAt">When Slack said <c>hello</c> on it; null when it never did.</param>
/// <param name="DisconnectReason">The <c>reason</c> of Slack's <c>disconnect</c>, if it sent one.</param>
/// <param name="Draining">
/// For <see cref="SocketSessionEnd.Replaced"/>: the old connection, read until Slack closes it or the grace period ends;
/// it never throws. Completed otherwise.
/// </param>
internal sealed record SocketSessionOutcome(SocketSessionEnd End, DateTimeOffset? HelloAt, string? DisconnectReason, Task Draining);
