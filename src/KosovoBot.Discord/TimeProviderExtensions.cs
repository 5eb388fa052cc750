namespace KosovoBot.Discord;

/// <summary>Waiting on a <see cref="TimeProvider"/>.</summary>
internal static class TimeProviderExtensions
{
    /// <summary>
    /// Waits at least <paramref name="delay"/>. <see cref="Task.Delay(TimeSpan, TimeProvider, CancellationToken)"/>
    /// truncates to whole milliseconds; rounding up keeps a deadline from being woken a fraction early and
    /// waiting again for the rest.
    /// </summary>
    public static Task DelayAtLeastAsync(this TimeProvider time, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var milliseconds = Math.Ceiling(delay.TotalMilliseconds);
        return Task.Delay(TimeSpan.FromMilliseconds(milliseconds), time, cancellationToken);
    }
}
