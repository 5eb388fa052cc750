using Microsoft.Extensions.Logging;

namespace KosovoBot.Storage;

/// <summary>Every log line of the SQLite storage.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Storage: {Path} brought from schema version {From} to {To}")]
    public static partial void Migrated(ILogger logger, string path, long from, int to);

    [LoggerMessage(2, LogLevel.Information, "Storage: forgot {Count} questions asked before {Cutoff:u} (Storage:KeepQuestions)")]
    public static partial void QuestionsForgotten(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(3, LogLevel.Warning, "Storage: could not forget the questions asked before {Cutoff:u}; trying again in an hour")]
    public static partial void ForgettingFailed(ILogger logger, Exception exception, DateTimeOffset cutoff);
}
