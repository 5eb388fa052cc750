using KosovoBot.SemanticKernel.Answering;
using Microsoft.Extensions.Logging;

namespace KosovoBot.SemanticKernel;

/// <summary>Log messages of the Semantic Kernel project. None carries a question, a reply or a secret.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "The model's reply was not used ({Reason}); showing the extractive answer instead.")]
    public static partial void ModelReplyRejected(ILogger logger, FallbackReason reason);

    [LoggerMessage(2, LogLevel.Warning, "The model did not reply within {Timeout}; showing the extractive answer instead.")]
    public static partial void ModelTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(3, LogLevel.Warning, "The model call failed ({Error}); showing the extractive answer instead.")]
    public static partial void ModelFailed(ILogger logger, string error);

    [LoggerMessage(4, LogLevel.Debug, "The model answered citing {Count} statement(s).")]
    public static partial void ModelAnswered(ILogger logger, int count);

    [LoggerMessage(5, LogLevel.Debug, "The model said the statements do not answer the question; declining.")]
    public static partial void ModelDeclined(ILogger logger);

    [LoggerMessage(6, LogLevel.Information, "LLM answering is on: model {Model} at {Host}, timeout {Timeout}.")]
    public static partial void LlmEnabled(ILogger logger, string model, string host, TimeSpan timeout);

    [LoggerMessage(7, LogLevel.Warning, "Semantic search is unavailable ({Reason}); using the lexical ranking alone.")]
    public static partial void EmbeddingsUnavailable(ILogger logger, string reason);

    [LoggerMessage(8, LogLevel.Information, "Embedded {Computed} statement(s) with {Model}; {Cached} came from the cache.")]
    public static partial void StatementsEmbedded(ILogger logger, int computed, string model, int cached);

    [LoggerMessage(9, LogLevel.Warning, "The embeddings cache {Path} could not be read; it will be rebuilt.")]
    public static partial void CacheUnreadable(ILogger logger, string path, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "The embeddings cache {Path} could not be written; vectors will be computed again next start.")]
    public static partial void CacheUnwritable(ILogger logger, string path, Exception exception);

    [LoggerMessage(11, LogLevel.Warning, "Word meanings unavailable ({Error}); question words the knowledge does not spell count as missing.")]
    public static partial void WordMeaningUnavailable(ILogger logger, string error);
}
