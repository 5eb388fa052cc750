using System.Text.Json;

namespace KosovoBot.Discord.Gateway;

/// <summary>Receives dispatch events (op 0) in order; must return quickly, the receive loop waits on it.</summary>
internal interface IDispatchSink
{
    /// <summary>Queues one dispatch. <paramref name="data"/> stays valid after the call.</summary>
    void Post(string eventName, int? sequence, JsonElement data);
}
