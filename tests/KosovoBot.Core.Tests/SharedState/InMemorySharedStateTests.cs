using KosovoBot.Core.SharedState;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Core.Tests.SharedState;

public sealed class InMemorySharedStateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task EventDeduplicator_SecondClaim_IsRefusedUntilTheTtlPasses()
    {
        var claims = new InMemoryEventDeduplicator(_time, TimeSpan.FromMinutes(10));

        Assert.True(await claims.TryClaimAsync("slack:event:Ev1", CancellationToken.None));
        Assert.False(await claims.TryClaimAsync("slack:event:Ev1", CancellationToken.None));
        Assert.True(await claims.TryClaimAsync("slack:event:Ev2", CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.True(await claims.TryClaimAsync("slack:event:Ev1", CancellationToken.None));
    }

    [Fact]
    public void EventDeduplicator_KeepsAtMostItsCapacity_ForgettingTheOldestFirst()
    {
        var claims = new InMemoryEventDeduplicator(_time);
        for (var i = 0; i <= InMemoryEventDeduplicator.Capacity; i++)
        {
            Assert.True(claims.TryClaim($"discord:message:{i}"));
        }

        Assert.True(claims.TryClaim("discord:message:0")); // the oldest was forgotten
        Assert.False(claims.TryClaim($"discord:message:{InMemoryEventDeduplicator.Capacity}"));
    }

    [Fact]
    public async Task IntervalLock_EntersOncePerInterval_PerName()
    {
        var gate = new InMemoryIntervalLock(_time);
        var interval = TimeSpan.FromSeconds(5);

        Assert.Equal(TimeSpan.Zero, await gate.TryEnterAsync("discord:identify:0", interval, CancellationToken.None));
        Assert.Equal(TimeSpan.Zero, await gate.TryEnterAsync("discord:identify:1", interval, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(1), await gate.TryEnterAsync("discord:identify:0", interval, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, await gate.TryEnterAsync("discord:identify:0", interval, CancellationToken.None));
    }
}
