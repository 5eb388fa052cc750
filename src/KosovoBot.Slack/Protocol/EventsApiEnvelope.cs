namespace KosovoBot.Slack.Protocol;

/// <summary><c>events_api</c>: an Events API callback in its <c>payload</c>.</summary>
internal sealed record EventsApiEnvelope : SocketFrame
{
    public override string Kind => "events_api";
}
