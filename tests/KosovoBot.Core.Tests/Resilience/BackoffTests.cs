using KosovoBot.Core.Resilience;
using KosovoBot.Testing.Fakes;

namespace KosovoBot.Core.Tests.Resilience;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(0.0, -1, 1000)]
    [InlineData(0.0, 0, 1000)]
    [InlineData(0.999999, 0, 1500)]
    [InlineData(0.5, 1, 2500)]
    [InlineData(0.0, 2, 4000)]
    [InlineData(0.5, 3, 10000)]
    [InlineData(0.0, 50, 30000)]
    [InlineData(0.999999, 50, 30000)]
    public void Delay_Retries_DoubleFromTheFirstWithJitterUpToTheCap(double jitter, int retry, int expectedMilliseconds)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new FixedRandom(jitter));

        Assert.Equal(expectedMilliseconds, backoff.Delay(retry).TotalMilliseconds, precision: 0);
    }
}
