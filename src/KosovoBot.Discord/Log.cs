using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord;

/// <summary>
/// Every log line of the adapter. None takes a token, a socket address or user text above Debug.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Connecting to the Discord gateway to {Mode} (attempt {Attempt})")]
    public static partial void Connecting(this ILogger logger, string mode, int attempt);

    [LoggerMessage(2, LogLevel.Information, "Discord gateway ready: bot user {UserId}, shard [{ShardId}, {ShardCount}]")]
    public static partial void Ready(this ILogger logger, string userId, int shardId, int shardCount);

    [LoggerMessage(3, LogLevel.Information, "Discord gateway session resumed at sequence {Sequence}")]
    public static partial void Resumed(this ILogger logger, int? sequence);

    [LoggerMessage(4, LogLevel.Warning, "No heartbeat ACK from Discord since the last heartbeat: the connection is dead, reconnecting to resume")]
    public static partial void HeartbeatAckMissed(this ILogger logger);

    [LoggerMessage(5, LogLevel.Information, "Discord asked the bot to reconnect (op 7); resuming")]
    public static partial void ReconnectRequested(this ILogger logger);

    [LoggerMessage(6, LogLevel.Warning, "Discord invalidated the session (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(this ILogger logger, bool resumable);

    [LoggerMessage(7, LogLevel.Warning, "Discord closed the gateway connection with {CloseCode} ({Reason}); next: {Action}")]
    public static partial void ConnectionClosed(this ILogger logger, int? closeCode, string? reason, string action);

    [LoggerMessage(8, LogLevel.Warning, "The Discord gateway connection was lost; next: {Action}")]
    public static partial void ConnectionLost(this ILogger logger, string action, Exception exception);

    [LoggerMessage(9, LogLevel.Information, "Reconnecting to the Discord gateway in {Delay}")]
    public static partial void ReconnectDelay(this ILogger logger, TimeSpan delay);

    [LoggerMessage(10, LogLevel.Critical, "Discord refused the bot (gateway close {CloseCode}): {Fix}")]
    public static partial void FatalClose(this ILogger logger, int closeCode, string fix);

    [LoggerMessage(11, LogLevel.Warning, "Skipped a malformed {EventName} dispatch (sequence {Sequence})")]
    public static partial void MalformedDispatch(this ILogger logger, string? eventName, int? sequence, Exception exception);

    [LoggerMessage(12, LogLevel.Debug, "Skipped dispatch {Sequence}: already handled before the resume")]
    public static partial void DuplicateDispatch(this ILogger logger, int sequence);

    [LoggerMessage(13, LogLevel.Warning, "Discord rate limit on {Route} (global: {Global}); retrying in {RetryAfter}")]
    public static partial void RateLimited(this ILogger logger, string route, bool global, TimeSpan retryAfter);

    [LoggerMessage(14, LogLevel.Warning, "Discord request {Route} failed ({Failure}); retry {Attempt} in {Delay}")]
    public static partial void RestRetry(this ILogger logger, string route, string failure, int attempt, TimeSpan delay);

    [LoggerMessage(15, LogLevel.Error, "Discord request {Route} failed: HTTP {Status}, Discord code {Code}: {Message}")]
    public static partial void RestFailed(this ILogger logger, string route, int status, int code, string? message);

    [LoggerMessage(16, LogLevel.Information, "The {Count} slash commands ({Scope}) are already registered; nothing to update")]
    public static partial void CommandsUpToDate(this ILogger logger, int count, string scope);

    [LoggerMessage(17, LogLevel.Information, "Registered {Count} slash commands ({Scope}) with one bulk overwrite")]
    public static partial void CommandsRegistered(this ILogger logger, int count, string scope);

    [LoggerMessage(18, LogLevel.Error, "Registering the slash commands failed; the bot still answers mentions and DMs")]
    public static partial void CommandRegistrationFailed(this ILogger logger, Exception exception);

    [LoggerMessage(19, LogLevel.Error, "Answering a Discord {What} failed; the reply is dropped")]
    public static partial void ReplyFailed(this ILogger logger, string what, Exception exception);

    [LoggerMessage(29, LogLevel.Warning, "A Discord {EventName} (sequence {Sequence}) was dropped: its worker queue refused it ({Admission})")]
    public static partial void DispatchRefused(this ILogger logger, string eventName, int? sequence, KosovoBot.Core.Work.WorkAdmission admission);

    [LoggerMessage(20, LogLevel.Warning, "Discord recommends {Recommended} shards but Discord:ShardCount is {ShardCount}; raise it, or remove it to follow the recommendation")]
    public static partial void ShardHint(this ILogger logger, int recommended, int shardCount);

    [LoggerMessage(1201, LogLevel.Information, "Discord: this process runs shards {Shards} of {ShardCount} (identify buckets: {MaxConcurrency})")]
    public static partial void Sharding(this ILogger logger, string shards, int shardCount, int maxConcurrency);

    [LoggerMessage(1202, LogLevel.Information, "Discord: identify bucket {Bucket} was used less than 5 s ago (by this process or another); identifying in {Wait}")]
    public static partial void IdentifyBucketBusy(this ILogger logger, int bucket, TimeSpan wait);

    [LoggerMessage(21, LogLevel.Debug, "Ignored gateway opcode {Op}")]
    public static partial void UnknownOpcode(this ILogger logger, int op);

    [LoggerMessage(22, LogLevel.Debug, "Handling {EventName} {Id} in channel {ChannelId}")]
    public static partial void HandlingEvent(this ILogger logger, string eventName, string id, string? channelId);

    [LoggerMessage(23, LogLevel.Warning, "Ignored an interaction for the unknown command {CommandName}")]
    public static partial void UnknownCommand(this ILogger logger, string commandName);

    [LoggerMessage(24, LogLevel.Information, "The Discord adapter stopped")]
    public static partial void Stopped(this ILogger logger);

    [LoggerMessage(26, LogLevel.Warning, "The bot used all {Total} gateway identifies Discord allows a day; waiting {Reset} for the budget to reset")]
    public static partial void IdentifyBudgetExhausted(this ILogger logger, int total, TimeSpan reset);

    [LoggerMessage(27, LogLevel.Warning, "Discord sent no Hello within {Timeout}; reconnecting")]
    public static partial void HelloTimedOut(this ILogger logger, TimeSpan timeout);

    [LoggerMessage(28, LogLevel.Warning, "Dropped interaction {Id}: created {Age} ago, past Discord's 3-second window (is the clock in sync?)")]
    public static partial void InteractionExpired(this ILogger logger, string id, TimeSpan age);

    [LoggerMessage(1301, LogLevel.Warning, "Ignored a button or form the bot does not know ({CustomId})")]
    public static partial void UnknownComponent(this ILogger logger, string? customId);

    [LoggerMessage(1302, LogLevel.Debug, "Feedback on record {RecordId}: helpful {Helpful}, problem {Problem}")]
    public static partial void FeedbackStored(this ILogger logger, string recordId, bool helpful, KosovoBot.Core.Control.FeedbackProblem? problem);

    [LoggerMessage(1304, LogLevel.Debug, "Ignored message {Id}: channel {ChannelId} is set to off")]
    public static partial void ChannelOff(this ILogger logger, string id, string channelId);

    [LoggerMessage(1305, LogLevel.Warning, "Could not learn the parent channel of thread {ThreadId}; it follows its own mode for now")]
    public static partial void ThreadParentUnknown(this ILogger logger, string threadId, Exception exception);

    [LoggerMessage(1303, LogLevel.Debug, "Sharing the answer of record {RecordId} in channel {ChannelId}")]
    public static partial void Sharing(this ILogger logger, string recordId, string channelId);

        [LoggerMessage(25, LogLevel.Warning, "Skipped a gateway frame that is not valid JSON")]
    public static partial void MalformedFrame(this ILogger logger, Exception exception);
}
