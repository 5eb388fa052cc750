using System.Collections.Concurrent;

namespace KosovoBot.Core.Health;

/// <summary>
/// Which chat connections are up, as the adapters report them: an adapter is connected when it reported at least
/// one connection and every connection it reported is up (a Discord process with several shards names each).
/// </summary>
public sealed class AdapterConnections
{
    private readonly ConcurrentDictionary<(string Adapter, string Connection), bool> _states = new();

    /// <summary>The connection is up and serving (Discord READY or RESUMED, Slack hello, HTTP listening).</summary>
    public void Connected(string adapter, string connection = "") => _states[(adapter, connection)] = true;

    /// <summary>The connection is down until the next <see cref="Connected"/>.</summary>
    public void Disconnected(string adapter, string connection = "") => _states[(adapter, connection)] = false;

    /// <summary>True when <paramref name="adapter"/> reported connections and all of them are up.</summary>
    public bool IsConnected(string adapter)
    {
        var any = false;
        foreach (var ((name, _), up) in _states)
        {
            if (name == adapter)
            {
                if (!up)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }
}
