namespace KosovoBot.Slack.Protocol;

/// <summary><c>hello</c>: the connection is ready.</summary>
internal sealed record HelloFrame : SocketFrame
{
    public int? NumConnections { get; init; }

    public override string Kind => "hello";
}
