using Microsoft.Extensions.Logging;

namespace KosovoBot.Redis;

/// <summary>Every log line of the shared store. The configuration string (it may hold a password) never appears.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Shared state: connected to Redis at {Endpoints} (keys prefixed {Prefix})")]
    public static partial void Connected(ILogger logger, string endpoints, string prefix);

    [LoggerMessage(2, LogLevel.Error, "Shared state: Redis is unreachable ({Reason}); answering goes on with this replica's own memory until it is back")]
    public static partial void Lost(ILogger logger, string reason);

    [LoggerMessage(3, LogLevel.Information, "Shared state: Redis is reachable again")]
    public static partial void Restored(ILogger logger);

    [LoggerMessage(4, LogLevel.Warning, "Shared state: a stored conversation turn could not be read and was skipped")]
    public static partial void UnreadableTurn(ILogger logger, Exception exception);
}
