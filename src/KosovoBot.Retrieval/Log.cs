using Microsoft.Extensions.Logging;

namespace KosovoBot.Retrieval;

/// <summary>Log messages of the retrieval project (source-generated). Knowledge loading uses ids below 200, search and answers 200-299.</summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Information, "Knowledge loaded from {Directory}: {Documents} documents, {Statements} statements, {Refused} files refused")]
    public static partial void KnowledgeLoaded(ILogger logger, string directory, int documents, int statements, int refused);

    [LoggerMessage(101, LogLevel.Warning, "Knowledge file refused: {Error}")]
    public static partial void KnowledgeFileRefused(ILogger logger, string error);

    [LoggerMessage(102, LogLevel.Warning, "Knowledge directory {Directory} does not exist; serving no articles")]
    public static partial void KnowledgeDirectoryMissing(ILogger logger, string directory);

    [LoggerMessage(103, LogLevel.Information, "Watching {Directory} for knowledge changes")]
    public static partial void KnowledgeWatchStarted(ILogger logger, string directory);

    [LoggerMessage(104, LogLevel.Debug, "Knowledge change seen: {ChangeType} {File}; reloading after the delay")]
    public static partial void KnowledgeChangeSeen(ILogger logger, string changeType, string file);

    [LoggerMessage(105, LogLevel.Error, "Knowledge reload failed; the previous knowledge keeps being served")]
    public static partial void KnowledgeReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(106, LogLevel.Warning, "Knowledge watcher error; reloading everything")]
    public static partial void KnowledgeWatcherError(ILogger logger, Exception exception);

    [LoggerMessage(107, LogLevel.Warning, "Knowledge directory {Directory} does not exist; keeping the {Documents} documents served until it is back")]
    public static partial void KnowledgeDirectoryMissingKeepingLast(ILogger logger, string directory, int documents);

    [LoggerMessage(108, LogLevel.Information, "Knowledge watcher re-created for {Directory}")]
    public static partial void KnowledgeWatcherRenewed(ILogger logger, string directory);

    [LoggerMessage(200, LogLevel.Warning, "Synonym rule on line {LineNumber} skipped: {Reason}")]
    public static partial void SynonymRuleSkipped(ILogger logger, int lineNumber, string reason);

    [LoggerMessage(201, LogLevel.Information, "Search index built: {Documents} documents, {Statements} statements in {ElapsedMilliseconds} ms")]
    public static partial void IndexBuilt(ILogger logger, int documents, int statements, long elapsedMilliseconds);

    [LoggerMessage(202, LogLevel.Debug, "Question answered={Answered} type={QuestionType} confidence={Confidence:F2} citations={Citations}")]
    public static partial void QuestionAnswered(ILogger logger, bool answered, Answering.QuestionType questionType, double confidence, int citations);

    [LoggerMessage(203, LogLevel.Debug, "Question declined: {Reason}")]
    public static partial void QuestionDeclined(ILogger logger, KosovoBot.Core.Answers.DeclineReason reason);

    [LoggerMessage(206, LogLevel.Debug, "Best statement {StatementId}: confidence={Confidence:F3} similarity={Similarity}")]
    public static partial void BestStatementJudged(ILogger logger, string statementId, double confidence, double? similarity);

    [LoggerMessage(204, LogLevel.Information, "Search index ready: {Statements} statements")]
    public static partial void IndexWarmed(ILogger logger, int statements);

    [LoggerMessage(205, LogLevel.Error, "Building the search index failed; it will be built again on the next question")]
    public static partial void IndexWarmFailed(ILogger logger, Exception exception);
}
