using Microsoft.Extensions.Logging;

namespace KosovoBot.Hosting;

/// <summary>The host's log messages. Never pass tokens or user text at Information.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Starting the {Adapter} chat adapter")]
    public static partial void AdapterStarting(ILogger logger, string adapter);

    [LoggerMessage(2, LogLevel.Information, "The {Adapter} chat adapter stopped")]
    public static partial void AdapterStopped(ILogger logger, string adapter);

    [LoggerMessage(3, LogLevel.Critical, "The {Adapter} chat adapter cannot run: {Reason}")]
    public static partial void AdapterFatal(ILogger logger, string adapter, string reason);

    [LoggerMessage(4, LogLevel.Critical, "The {Adapter} chat adapter failed unexpectedly; stopping the bot")]
    public static partial void AdapterCrashed(ILogger logger, string adapter, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "A console request failed")]
    public static partial void ConsoleRequestFailed(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Information, "Chat adapters configured: {Adapters}")]
    public static partial void AdaptersConfigured(ILogger logger, string adapters);

    [LoggerMessage(7, LogLevel.Information, "Health and metrics endpoints listening on {ListenUrl}: /healthz, /readyz, /metrics")]
    public static partial void OperationsListening(ILogger logger, string listenUrl);
}
