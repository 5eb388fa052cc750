namespace KosovoBot.Slack.Api;

/// <summary>
/// Exponential backoff with jitter for reconnects and transient retries: attempt <c>n</c> waits between half and
/// all of <c>initial·2ⁿ</c>, capped at <c>max</c>, so many clients do not come back in step.
/// </summary>
/// <param name="initial">The first delay.</param>
/// <param name="max">The longest delay.</param>
/// <param name="jitter">Returns a number in [0, 1); the default is <see cref="Random.Shared"/>.</param>
internal sealed class BackoffPolicy(TimeSpan initial, TimeSpan max, Func<double>? jitter = null)
{
    private readonly Func<double> _jitter = jitter ?? Random.Shared.NextDouble;

    /// <summary>The delay before retry number <paramref name="attempt"/> (0-based).</summary>
    public TimeSpan Delay(int attempt)
    {
        var exponent = Math.Clamp(attempt, 0, 30);
        var ceiling = Math.Min(max.Ticks, initial.Ticks * Math.Pow(2, exponent));
        var half = ceiling / 2;
        return TimeSpan.FromTicks((long)(half + (half * _jitter())));
    }
}
