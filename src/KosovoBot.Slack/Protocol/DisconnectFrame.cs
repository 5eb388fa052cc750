namespace KosovoBot.Slack.Protocol;

/// <summary><c>disconnect</c>: Slack is about to close the connection, and says why.</summary>
internal sealed record DisconnectFrame : SocketFrame
{
    /// <summary><c>refresh_requested</c>, <c>warning</c>, <c>too_many_websockets</c>, <c>link_disabled</c>…</summary>
    public string? Reason { get; init; }

    public override string Kind => "disconnect";
}
