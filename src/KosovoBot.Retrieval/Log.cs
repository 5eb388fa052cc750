using Microsoft.Extensions.Logging;

namespace KosovoBot.Retrieval;

/// <summary>Log messages of the retrieval project (source-generated). Knowledge loading uses ids below 200, search and answers 200-299.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Knowledge loaded from {Directory}: {Documents} documents, {Statements} statements, {Refused} files refused")]
    public static partial void KnowledgeLoaded(ILogger logger, string directory, int documents, int statements, int refused);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Knowledge file refused: {Error}")]
    public static partial void KnowledgeFileRefused(ILogger logger, string error);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Knowledge directory {Directory} does not exist; serving no articles")]
    public static partial void KnowledgeDirectoryMissing(ILogger logger, string directory);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Watching {Directory} for knowledge changes")]
    public static partial void KnowledgeWatchStarted(ILogger logger, string directory);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "Knowledge change seen: {ChangeType} {File}; reloading after the delay")]
    public static partial void KnowledgeChangeSeen(ILogger logger, string changeType, string file);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "Knowledge reload failed; the previous knowledge keeps being served")]
    public static partial void KnowledgeReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Knowledge watcher error; reloading everything")]
    public static partial void KnowledgeWatcherError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Knowledge directory {Directory} does not exist; keeping the {Documents} documents served until it is back")]
    public static partial void KnowledgeDirectoryMissingKeepingLast(ILogger logger, string directory, int documents);

    [LoggerMessage(EventId = 108, Level = LogLevel.Information, Message = "Knowledge watcher re-created for {Directory}")]
    public static partial void KnowledgeWatcherRenewed(ILogger logger, string directory);

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Synonym rule on line {LineNumber} skipped: {Reason}")]
    public static partial void SynonymRuleSkipped(ILogger logger, int lineNumber, string reason);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Search index built: {Documents} documents, {Statements} statements in {ElapsedMilliseconds} ms")]
    public static partial void IndexBuilt(ILogger logger, int documents, int statements, long elapsedMilliseconds);

    [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "Question answered={Answered} type={QuestionType} confidence={Confidence:F2} citations={Citations}")]
    public static partial void QuestionAnswered(ILogger logger, bool answered, Answering.QuestionType questionType, double confidence, int citations);

    [LoggerMessage(EventId = 203, Level = LogLevel.Debug, Message = "Question declined: {Reason}")]
    public static partial void QuestionDeclined(ILogger logger, KosovoBot.Core.Answers.DeclineReason reason);

    [LoggerMessage(EventId = 206, Level = LogLevel.Debug, Message = "Best statement {StatementId}: confidence={Confidence:F3} similarity={Similarity}")]
    public static partial void BestStatementJudged(ILogger logger, string statementId, double confidence, double? similarity);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "Search index ready: {Statements} statements")]
    public static partial void IndexWarmed(ILogger logger, int statements);

    [LoggerMessage(EventId = 205, Level = LogLevel.Error, Message = "Building the search index failed; it will be built again on the next question")]
    public static partial void IndexWarmFailed(ILogger logger, Exception exception);
}
