using Microsoft.Extensions.Logging;

namespace KosovoBot.LocalModel;

/// <summary>Log messages of the local model. None carries a question or a statement.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "The local embedding model {Model} could not be loaded ({Reason}); answering with lexical search alone.")]
    public static partial void ModelUnavailable(ILogger logger, string model, string reason);

    [LoggerMessage(2, LogLevel.Information, "Loaded the local embedding model {Model} in {Elapsed} ms.")]
    public static partial void ModelLoaded(ILogger logger, string model, long elapsed);

    [LoggerMessage(3, LogLevel.Debug, "Could not keep the extracted model at {Path}; loading it from memory.")]
    public static partial void ModelNotExtracted(ILogger logger, string path, Exception exception);

    [LoggerMessage(4, LogLevel.Warning, "The local model could not judge question words in context ({Reason}); they are judged lexically.")]
    public static partial void WordMeaningUnavailable(ILogger logger, string reason);
}
