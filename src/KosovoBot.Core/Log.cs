using Microsoft.Extensions.Logging;

namespace KosovoBot.Core;

/// <summary>The core's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "The gap report grouped questions by word overlap: the embedding model failed")]
    public static partial void GapEmbeddingFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Setting {Name} changed in {Platform} server {Server} by {Actor}")]
    public static partial void SettingChanged(ILogger logger, string name, string platform, string server, string actor);
}
