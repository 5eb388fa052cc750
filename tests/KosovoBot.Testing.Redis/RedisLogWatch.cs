using KosovoBot.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace KosovoBot.Testing.Redis;

/// <summary>
/// The log of a <see cref="RedisConnection"/>, with a signal for the moment it reports the server lost: a stopped
/// server may still finish what was in flight, so a test awaits this instead of guessing when the loss is noticed.
/// </summary>
public sealed class RedisLogWatch
{
    private readonly TaskCompletionSource _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RedisLogWatch()
    {
        Collector = new FakeLogCollector(Options.Create(new FakeLogCollectorOptions
        {
            OutputSink = line =>
            {
                if (line.Contains("unreachable", StringComparison.Ordinal))
                {
                    _lost.TrySetResult();
                }
            },
        }));
    }

    /// <summary>Every record logged.</summary>
    public FakeLogCollector Collector { get; }

    /// <summary>The logger to give the connection.</summary>
    public ILogger<RedisConnection> Logger => new FakeLogger<RedisConnection>(Collector);

    /// <summary>Completes when the connection logs that the server is unreachable.</summary>
    public Task Lost => _lost.Task;

    /// <summary>How many times the loss was logged.</summary>
    public int LossesLogged => Collector.GetSnapshot().Count(r => r.Level == LogLevel.Error && r.Message.Contains("unreachable", StringComparison.Ordinal));
}
