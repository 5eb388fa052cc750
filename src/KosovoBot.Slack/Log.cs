using Microsoft.Extensions.Logging;

namespace KosovoBot.Slack;

/// <summary>
/// Every log line of the Slack adapter. Tokens, the signing secret, the WSS URL (it carries a ticket) and
/// user text never appear here; ids and Slack's error codes do.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Slack: authenticated as bot user {UserId} in team {TeamId}")]
    public static partial void Authenticated(ILogger logger, string userId, string? teamId);

    [LoggerMessage(2, LogLevel.Information, "Slack: starting in {Mode} mode")]
    public static partial void Starting(ILogger logger, SlackMode mode);

    [LoggerMessage(7, LogLevel.Warning, "Slack: auth.test failed at start-up; retrying in {Delay}")]
    public static partial void StartupRetry(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(3, LogLevel.Warning, "Slack: {Method} returned ok=false with error {Error}")]
    public static partial void ApiError(ILogger logger, string method, string? error);

    [LoggerMessage(4, LogLevel.Warning, "Slack: {Method} rate limited; retrying after {Delay}")]
    public static partial void RateLimited(ILogger logger, string method, TimeSpan delay);

    [LoggerMessage(5, LogLevel.Warning, "Slack: {Method} failed transiently (attempt {Attempt}); retrying after {Delay}")]
    public static partial void TransientRetry(ILogger logger, Exception? exception, string method, int attempt, TimeSpan delay);

    [LoggerMessage(6, LogLevel.Error, "Slack: {Method} failed with HTTP {Status}; giving up")]
    public static partial void ApiStatus(ILogger logger, string method, int status);

    [LoggerMessage(10, LogLevel.Information, "Slack: Socket Mode connected (hello, {Connections} connection(s) open)")]
    public static partial void Hello(ILogger logger, int? connections);

    [LoggerMessage(11, LogLevel.Information, "Slack: Socket Mode disconnect requested ({Reason}); opening a replacement connection")]
    public static partial void DisconnectRequested(ILogger logger, string? reason);

    [LoggerMessage(12, LogLevel.Warning, "Slack: Socket Mode connection lost; reconnecting in {Delay}")]
    public static partial void Reconnecting(ILogger logger, Exception? exception, TimeSpan delay);

    [LoggerMessage(13, LogLevel.Debug, "Slack: Socket Mode connection closed")]
    public static partial void ConnectionClosed(ILogger logger);

    [LoggerMessage(14, LogLevel.Warning, "Slack: malformed Socket Mode frame skipped")]
    public static partial void MalformedFrame(ILogger logger, Exception exception);

    [LoggerMessage(15, LogLevel.Warning, "Slack: malformed {EnvelopeType} envelope {EnvelopeId} acknowledged and skipped")]
    public static partial void MalformedEnvelope(ILogger logger, Exception? exception, string? envelopeType, string envelopeId);

    [LoggerMessage(16, LogLevel.Debug, "Slack: envelope {EnvelopeId} ({EnvelopeType}) acknowledged")]
    public static partial void Acknowledged(ILogger logger, string envelopeId, string? envelopeType);

    [LoggerMessage(17, LogLevel.Debug, "Slack: envelope type {EnvelopeType} ignored")]
    public static partial void EnvelopeIgnored(ILogger logger, string? envelopeType);

    [LoggerMessage(18, LogLevel.Error, "Slack: handling envelope {EnvelopeId} failed; the connection stays up")]
    public static partial void EnvelopeFailed(ILogger logger, Exception exception, string envelopeId);

    [LoggerMessage(19, LogLevel.Warning, "Slack: Socket Mode did not send hello in time; reconnecting")]
    public static partial void HelloTimeout(ILogger logger);

    [LoggerMessage(20, LogLevel.Debug, "Slack: closing the WebSocket timed out; aborted it")]
    public static partial void CloseTimedOut(ILogger logger);

    [LoggerMessage(21, LogLevel.Error, "Slack: a Socket Mode session failed; its connection is dropped")]
    public static partial void SessionFailed(ILogger logger, Exception exception);

    [LoggerMessage(30, LogLevel.Information, "Slack: event {EventId} already handled (retry {RetryAttempt}); not answered again")]
    public static partial void DuplicateEvent(ILogger logger, string eventId, int retryAttempt);

    [LoggerMessage(31, LogLevel.Debug, "Slack: event {EventType}/{Subtype} ignored ({Why})")]
    public static partial void EventIgnored(ILogger logger, string? eventType, string? subtype, string why);

    [LoggerMessage(32, LogLevel.Information, "Slack: question from {UserId} in {ChannelId}")]
    public static partial void Question(ILogger logger, string userId, string channelId);

    [LoggerMessage(33, LogLevel.Information, "Slack: slash command {Command} from {UserId} in {ChannelId}")]
    public static partial void SlashCommandReceived(ILogger logger, string? command, string? userId, string? channelId);

    [LoggerMessage(34, LogLevel.Information, "Slack: slash command answer took longer than the acknowledgement budget; answering through response_url")]
    public static partial void SlashCommandDeferred(ILogger logger);

    [LoggerMessage(38, LogLevel.Warning, "Slack: acknowledging a slash command failed; answering through response_url")]
    public static partial void SlashCommandAckFailed(ILogger logger, Exception exception);

    [LoggerMessage(35, LogLevel.Error, "Slack: answering failed")]
    public static partial void AnswerFailed(ILogger logger, Exception exception);

    [LoggerMessage(36, LogLevel.Debug, "Slack: replied in {ChannelId} (ts {Ts})")]
    public static partial void Replied(ILogger logger, string channelId, string? ts);

    [LoggerMessage(37, LogLevel.Error, "Slack: a queued reply failed")]
    public static partial void WorkItemFailed(ILogger logger, Exception exception);

    [LoggerMessage(44, LogLevel.Warning, "Slack: a {What} was not answered: the reply queue refused it ({Admission})")]
    public static partial void WorkRefused(ILogger logger, string what, KosovoBot.Core.Work.WorkAdmission admission);

    [LoggerMessage(40, LogLevel.Information, "Slack: HTTP endpoints listening on {Address}")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(41, LogLevel.Warning, "Slack: refused an HTTP request to {Path}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string path, string reason);

    [LoggerMessage(42, LogLevel.Information, "Slack: Events API retry {RetryNum} ({RetryReason}) received")]
    public static partial void HttpRetry(ILogger logger, string retryNum, string? retryReason);

    [LoggerMessage(43, LogLevel.Information, "Slack: url_verification answered")]
    public static partial void UrlVerification(ILogger logger);

    [LoggerMessage(50, LogLevel.Warning, "Slack: users.info did not say whether {UserId} is an admin; /kosovobot is refused (the app needs the users:read scope, or list the user in Slack:AdminUsers)")]
    public static partial void AdminCheckFailed(ILogger logger, string userId);

    [LoggerMessage(51, LogLevel.Information, "Slack: {Interaction} from {UserId}")]
    public static partial void Interaction(ILogger logger, string interaction, string? userId);

    [LoggerMessage(52, LogLevel.Warning, "Slack: {Interaction} ignored: {Why}")]
    public static partial void InteractionIgnored(ILogger logger, string? interaction, string why);

    [LoggerMessage(53, LogLevel.Debug, "Slack: message in {ChannelId} not answered: the channel is {Mode}")]
    public static partial void ChannelModeSkip(ILogger logger, string channelId, KosovoBot.Core.Control.ChannelMode mode);

    [LoggerMessage(1201, LogLevel.Information, "Slack: event {EventId} (retry {RetryAttempt}) was already answered, by this replica or another; not answering again")]
    public static partial void EventAnsweredElsewhere(ILogger logger, string eventId, int retryAttempt);

    [LoggerMessage(1202, LogLevel.Information, "Slack: slash command {Command} was already taken by another replica; acknowledging only")]
    public static partial void SlashCommandTakenElsewhere(ILogger logger, string? command);
}
