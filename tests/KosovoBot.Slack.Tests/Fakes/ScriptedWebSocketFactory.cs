using System.Collections.Concurrent;
using KosovoBot.Slack.Socket;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>Creates real client WebSockets wrapped in <see cref="ScriptedWebSocket"/>s, in connection order.</summary>
internal sealed class ScriptedWebSocketFactory : IWebSocketFactory
{
    private readonly ConcurrentQueue<ScriptedWebSocket> _created = new();

    /// <summary>The sockets created so far, first connection first.</summary>
    public IReadOnlyList<ScriptedWebSocket> Created => [.. _created];

    public IWebSocket Create()
    {
        var socket = new ScriptedWebSocket(new ClientWebSocketFactory().Create());
        _created.Enqueue(socket);
        return socket;
    }
}
