using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Gateway;

/// <summary>
/// Exponential backoff with jitter for gateway reconnects: never less than <see cref="MinimumDelay"/>, then
/// 1 s, 2 s, 4 s ... up to <see cref="DiscordOptions.MaxReconnectDelay"/>, each scaled by a random factor between
/// 1 and 1.5 so that many bots do not reconnect in step and no reconnect ever follows the previous one at once.
/// </summary>
internal sealed class ReconnectPolicy(IOptions<DiscordOptions> options, Random random)
{
    /// <summary>The shortest pause before any reconnect, before jitter.</summary>
    public static readonly TimeSpan MinimumDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a connection has to stay up before it counts as healthy and the backoff starts over. A connection
    /// that reaches READY or RESUMED and drops again sooner is one more failure, so flapping backs off.
    /// </summary>
    public static readonly TimeSpan HealthyAfter = TimeSpan.FromSeconds(60);

    /// <summary>The pause before reconnect attempt <paramref name="failedAttempts"/> (1 for the first); never zero.</summary>
    public TimeSpan GetDelay(int failedAttempts)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 16);
        var cap = Math.Max(options.Value.MaxReconnectDelay.TotalMilliseconds, MinimumDelay.TotalMilliseconds);
        var raw = Math.Min(MinimumDelay.TotalMilliseconds * Math.Pow(2, exponent), cap);
        var jittered = raw * (1 + (random.NextDouble() * 0.5));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, cap));
    }

    /// <summary>After op 9 with <c>d:false</c>, Discord asks for a random pause of 1 to 5 seconds before identifying.</summary>
    public TimeSpan GetInvalidSessionDelay() => TimeSpan.FromMilliseconds(1000 + (random.NextDouble() * 4000));

    /// <summary>The first heartbeat waits a random part of the interval.</summary>
    public TimeSpan GetFirstHeartbeatDelay(TimeSpan interval) => interval * random.NextDouble();
}
