using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Gateway;

/// <summary>
/// Exponential backoff with jitter for gateway reconnects: the first retry is immediate (a normal op 7 or a
/// zombied link), then 1 s, 2 s, 4 s ... up to <see cref="DiscordOptions.MaxReconnectDelay"/>, each scaled by
/// a random factor between 0.75 and 1.25 so that many bots do not reconnect in step.
/// </summary>
internal sealed class ReconnectPolicy(IOptions<DiscordOptions> options, Random random)
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    public TimeSpan GetDelay(int failedAttempts)
    {
        if (failedAttempts <= 0)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failedAttempts - 1, 16);
        var raw = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.Value.MaxReconnectDelay.TotalMilliseconds);
        var jittered = raw * (0.75 + (random.NextDouble() * 0.5));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, options.Value.MaxReconnectDelay.TotalMilliseconds));
    }

    /// <summary>After op 9 with <c>d:false</c>, Discord asks for a random pause of 1 to 5 seconds before identifying.</summary>
    public TimeSpan GetInvalidSessionDelay() => TimeSpan.FromMilliseconds(1000 + (random.NextDouble() * 4000));

    /// <summary>The first heartbeat waits a random part of the interval.</summary>
    public TimeSpan GetFirstHeartbeatDelay(TimeSpan interval) => interval * random.NextDouble();
}
