using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer the code under test creates, so that a test
/// advances time only after the wait it means to end has started (no race between Advance and Delay).
/// </summary>
internal sealed class ObservableTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public ObservableTimeProvider()
        : this(new DateTimeOffset(2007, 12, 7, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public ObservableTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Report only once the timer exists, so that an Advance that follows the report always reaches it.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer whose due time lies in [<paramref name="min"/>, <paramref name="max"/>] is created.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(TimeSpan min, TimeSpan max, CancellationToken cancellationToken)
    {
        while (true)
        {
            var due = await _timers.Reader.ReadAsync(cancellationToken);
            if (due >= min && due <= max)
            {
                return due;
            }
        }
    }
}
