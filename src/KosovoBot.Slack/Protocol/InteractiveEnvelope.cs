namespace KosovoBot.Slack.Protocol;

/// <summary><c>interactive</c>: a button click or a form submission in its <c>payload</c>, the same JSON HTTP mode gets as <c>payload</c>.</summary>
internal sealed record InteractiveEnvelope : SocketFrame
{
    public override string Kind => "interactive";
}
