namespace KosovoBot.Core.Resilience;

/// <summary>
/// The one backoff rule of the chat adapters, for request retries, start-up retries and reconnects alike: retry
/// <c>n</c> (0 for the first) waits <c>first·2ⁿ</c>, capped at <c>max</c>, times a random factor in [1, 1.5), so that
/// many clients do not come back in step and no pause is shorter than <c>first</c>.
/// </summary>
/// <param name="first">The pause before the first retry, before jitter.</param>
/// <param name="max">The longest pause, jitter included.</param>
/// <param name="random">The jitter source: the adapters' <see cref="RandomServiceKey"/> service.</param>
public sealed class Backoff(TimeSpan first, TimeSpan max, Random random)
{
    /// <summary>
    /// The DI key of the <see cref="Random"/> every adapter draws its jitter from (the shared one unless a test
    /// registers a fixed one first).
    /// </summary>
    public const string RandomServiceKey = "KosovoBot.Backoff.Random";

    /// <summary>The pause before retry <paramref name="retry"/>, counted from 0.</summary>
    public TimeSpan Delay(int retry)
    {
        var exponent = Math.Clamp(retry, 0, 30);
        var cap = Math.Max(max.TotalMilliseconds, first.TotalMilliseconds);
        var raw = Math.Min(first.TotalMilliseconds * Math.Pow(2, exponent), cap);
        var jittered = raw * (1 + (random.NextDouble() * 0.5));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, cap));
    }
}
