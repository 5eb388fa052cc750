using KosovoBot.Core.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Gateway;

/// <summary>
/// The gateway's pauses: the <see cref="Backoff"/> between reconnects (and start-up retries of <c>/gateway/bot</c>),
/// never less than <see cref="MinimumDelay"/>, then 1 s, 2 s, 4 s ... up to <see cref="DiscordOptions.MaxReconnectDelay"/>,
/// each scaled by a random factor between 1 and 1.5; and the random pauses the protocol asks for.
/// </summary>
internal sealed class ReconnectPolicy(IOptions<DiscordOptions> options, [FromKeyedServices(Backoff.RandomServiceKey)] Random random)
{
    private readonly Backoff _backoff = new(MinimumDelay, options.Value.MaxReconnectDelay, random);

    /// <summary>The shortest pause before any reconnect, before jitter.</summary>
    public static readonly TimeSpan MinimumDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a connection has to stay up before it counts as healthy and the backoff starts over. A connection
    /// that reaches READY or RESUMED and drops again sooner is one more failure, so flapping backs off.
    /// </summary>
    public static readonly TimeSpan HealthyAfter = TimeSpan.FromSeconds(60);

    /// <summary>The pause before reconnect attempt <paramref name="failedAttempts"/> (1 for the first); never zero.</summary>
    public TimeSpan GetDelay(int failedAttempts) => _backoff.Delay(failedAttempts - 1);

    /// <summary>After op 9 with <c>d:false</c>, Discord asks for a random pause of 1 to 5 seconds before identifying.</summary>
    public TimeSpan GetInvalidSessionDelay() => TimeSpan.FromMilliseconds(1000 + (random.NextDouble() * 4000));

    /// <summary>The first heartbeat waits a random part of the interval.</summary>
    public TimeSpan GetFirstHeartbeatDelay(TimeSpan interval) => interval * random.NextDouble();
}
