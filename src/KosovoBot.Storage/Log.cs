using Microsoft.Extensions.Logging;

namespace KosovoBot.Storage;

/// <summary>Every log line of the SQLite storage.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Storage: {Path} brought from schema version {From} to {To}")]
    public static partial void Migrated(ILogger logger, string path, long from, int to);
}
