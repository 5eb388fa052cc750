using KosovoBot.Core.SharedState;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KosovoBot.Redis;

/// <summary>
/// The one connection to Redis (or Garnet) a process shares, and what happens when it goes away: every command fails
/// fast instead of queueing, the caller falls back to its local memory, and the loss is logged once (and the return
/// once), never per message. <see cref="IsReachable"/> is the readiness signal.
/// </summary>
public sealed class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : ISharedStateHealth, IAsyncDisposable
{
    private IConnectionMultiplexer? _multiplexer;
    private int _lost;

    /// <inheritdoc />
    public bool IsReachable => _multiplexer is { IsConnected: true } && Volatile.Read(ref _lost) == 0;

    /// <summary>How long a claimed event id is kept, from <c>Redis:EventTtl</c>.</summary>
    public TimeSpan EventTtl => options.Value.EventTtl;

    /// <summary>
    /// Connects; when no server answers within <c>Redis:Timeout</c> it throws an <see cref="OptionsValidationException"/>
    /// whose one-line message names <c>Redis:Connection</c> and the address, never the password.
    /// </summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(settings.Connection ?? string.Empty);
        }
        catch (ArgumentException)
        {
            throw Refused("Redis:Connection is not a Redis configuration string (e.g. localhost:6379).");
        }

        if (configuration.EndPoints.Count == 0)
        {
            throw Refused("Redis:Connection names no server (e.g. localhost:6379).");
        }

        var timeout = (int)settings.Timeout.TotalMilliseconds;
        configuration.AbortOnConnectFail = true;
        configuration.ConnectTimeout = timeout;
        configuration.SyncTimeout = timeout;
        configuration.AsyncTimeout = timeout;
        configuration.ConnectRetry = 1;
        // While the server is away a command fails at once and the caller uses its local memory: no answer waits.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= "kosovobot";
        var endpoints = string.Join(", ", configuration.EndPoints.Select(EndPointCollection.ToString));
        try
        {
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken);
            multiplexer.ConnectionFailed += (_, e) => MarkLost(e.FailureType.ToString());
            multiplexer.ConnectionRestored += (_, _) => MarkRestored();
            _multiplexer = multiplexer;
        }
        catch (RedisConnectionException)
        {
            throw Refused($"Redis:Connection: no Redis server answered at {endpoints} within {settings.Timeout}; start it, correct the address, or remove Redis:Connection to keep state in this process's memory.");
        }

        Log.Connected(logger, endpoints, settings.KeyPrefix);
    }

    /// <summary>
    /// Runs <paramref name="operation"/> against the server; when the server is unreachable, logs that once and returns
    /// <paramref name="fallback"/>'s result instead.
    /// </summary>
    internal async ValueTask<T> RunAsync<T>(Func<IDatabase, Task<T>> operation, Func<T> fallback)
    {
        if (_multiplexer is not { } multiplexer)
        {
            MarkLost("not connected");
            return fallback();
        }

        try
        {
            var result = await operation(multiplexer.GetDatabase());
            MarkRestored();
            return result;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            MarkLost(ex is RedisConnectionException connection ? connection.FailureType.ToString() : ex.GetType().Name);
            return fallback();
        }
    }

    /// <summary>The full key for <paramref name="name"/>.</summary>
    internal RedisKey Key(string name) => options.Value.KeyPrefix + name;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { } multiplexer)
        {
            await multiplexer.DisposeAsync();
        }
    }

    private void MarkLost(string reason)
    {
        if (Interlocked.Exchange(ref _lost, 1) == 0)
        {
            Log.Lost(logger, reason);
        }
    }

    private void MarkRestored()
    {
        if (Volatile.Read(ref _lost) == 1 && Interlocked.Exchange(ref _lost, 0) == 1)
        {
            Log.Restored(logger);
        }
    }

    private static OptionsValidationException Refused(string message) =>
        new(RedisOptions.SectionName, typeof(RedisOptions), [message]);
}
