using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Testing.Time;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer the code under test creates, so that a test advances
/// time only once the wait it means to end has started (no race between <c>Advance</c> and a delay).
/// </summary>
public sealed class SignalingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Report only once the timer exists, so that an Advance that follows the report always reaches it.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer due after exactly <paramref name="dueTime"/> was created.</summary>
    public Task<TimeSpan> WaitForTimerAsync(TimeSpan dueTime, CancellationToken cancellationToken) =>
        WaitForTimerAsync(d => d == dueTime, cancellationToken);

    /// <summary>Waits until a timer whose due time lies in [<paramref name="min"/>, <paramref name="max"/>] was created.</summary>
    public Task<TimeSpan> WaitForTimerAsync(TimeSpan min, TimeSpan max, CancellationToken cancellationToken) =>
        WaitForTimerAsync(d => d >= min && d <= max, cancellationToken);

    /// <summary>Waits until a timer whose due time matches <paramref name="match"/> was created.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            var dueTime = await _timers.Reader.ReadAsync(cancellationToken);
            if (match(dueTime))
            {
                return dueTime;
            }
        }
    }
}
