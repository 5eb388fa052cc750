using System.Globalization;
using System.Security.Cryptography;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Text;
using Microsoft.Extensions.Options;

namespace KosovoBot.Core.Control;

/// <summary>
/// What happens around a kept question (<see cref="ChatRequest.Record"/>): the limits first (per user per minute, per
/// server per hour; a server's own settings over <see cref="LimitsOptions"/>), and after the answer a
/// <see cref="QuestionRecord"/> with the knowledge snapshot, whose id the reply's buttons carry.
/// </summary>
public sealed class QuestionGovernance(
    IRateCounters counters,
    ISettingsStore settings,
    IQuestionRecords records,
    ChannelSettings channels,
    IOptionsMonitor<LimitsOptions> limits,
    TimeProvider time,
    IKnowledgeVersion? knowledge = null)
{
    /// <summary>The snapshot a record names when no knowledge version is registered.</summary>
    public const string UnknownSnapshot = "unknown";

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>
    /// Null when a question from <paramref name="origin"/> may be answered now (and counts it); otherwise the private
    /// notice saying when the next one will be (and counts nothing). The console is never limited.
    /// </summary>
    public async Task<ChatReply?> AdmitAsync(ChatOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (origin.Platform == ChatOrigin.Console.Platform)
        {
            // The console is the operator's own terminal: there is nobody to share the bot with.
            return null;
        }

        var (perUser, perServer) = await LimitsAsync(origin, cancellationToken);
        var now = time.GetUtcNow();
        var userKey = UserKey(origin);
        var serverKey = origin.ServerId is { } server ? $"server:{origin.Platform}:{server}" : null;
        if (perUser > 0 && await counters.PeekAsync(userKey, Minute, now, cancellationToken) is { } user && user.Count >= perUser)
        {
            return Refuse(BotMessages.LimitReachedUser, user, now);
        }

        if (serverKey is not null && perServer > 0
            && await counters.PeekAsync(serverKey, Hour, now, cancellationToken) is { } shared && shared.Count >= perServer)
        {
            return Refuse(BotMessages.LimitReachedServer, shared, now);
        }

        if (perUser > 0)
        {
            await counters.HitAsync(userKey, Minute, now, cancellationToken);
        }

        if (serverKey is not null && perServer > 0)
        {
            await counters.HitAsync(serverKey, Hour, now, cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// Keeps <paramref name="question"/> and <paramref name="reply"/> (an answer or a decline) and returns the reply
    /// carrying the record's id, with 👍/👎 when the server has them on (never on the console), and private with
    /// "Share in channel" when <see cref="ChatRequest.Private"/> asked for it. Any other reply is returned unchanged.
    /// </summary>
    public async Task<ChatReply> KeepAsync(ChatRequest request, string question, ChatReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Kind is not (ReplyKind.Answer or ReplyKind.NoAnswer))
        {
            return reply;
        }

        var origin = request.Origin;
        var record = new QuestionRecord
        {
            Id = NewId(),
            At = time.GetUtcNow(),
            Platform = origin.Platform,
            ServerId = origin.ServerId,
            ChannelId = origin.ChannelId,
            UserId = origin.UserId,
            Question = question,
            UnderstoodAs = reply.UnderstoodAs,
            Answered = reply.Kind == ReplyKind.Answer,
            Declined = reply.Declined,
            AnswerText = reply.Text,
            Confidence = reply.Confidence,
            Citations = [.. reply.Citations.Select(static c => new CitedQuote(c.Source.Id, c.Paragraph, c.Speaker, c.Quote))],
            Snapshot = knowledge?.Current ?? UnknownSnapshot,
        };
        await records.RecordAsync(record, cancellationToken);
        var feedback = origin.Platform != ChatOrigin.Console.Platform && await channels.FeedbackButtonsAsync(origin, cancellationToken);
        return reply with
        {
            RecordId = record.Id,
            OffersFeedback = feedback,
            Shareable = request.Private && !origin.IsDirectMessage,
            IsPrivate = reply.IsPrivate || request.Private,
        };
    }

    /// <summary>The limits that apply in <paramref name="origin"/>'s server: its own settings, else the configured ones.</summary>
    public async Task<(int UserPerMinute, int ServerPerHour)> LimitsAsync(ChatOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var configured = limits.CurrentValue;
        if (origin.ServerId is not { } server)
        {
            return (configured.UserPerMinute, configured.ServerPerHour);
        }

        // One read for both limits: this runs before every question.
        var stored = await settings.ListAsync(new SettingScope(origin.Platform, server), cancellationToken);
        var perUser = Parse(stored.GetValueOrDefault(SettingNames.UserPerMinute)) ?? configured.UserPerMinute;
        var perServer = Parse(stored.GetValueOrDefault(SettingNames.ServerPerHour)) ?? configured.ServerPerHour;
        return (perUser, perServer);
    }

    private static int? Parse(string? stored) =>
        int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string UserKey(ChatOrigin origin) => $"user:{origin.Platform}:{origin.ServerId ?? "-"}:{origin.UserId}";

    private static ChatReply Refuse(string format, RateWindow window, DateTimeOffset now) =>
        ChatReply.Notice(BotText.Format(format, window.Count, window.ResetsAt.ToUniversalTime(), Wait(window.ResetsAt - now)));

    // "42 seconds", "1 minute", "12 minutes": how long until the window ends, rounded up.
    private static string Wait(TimeSpan left)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(left.TotalSeconds));
        if (seconds < 120)
        {
            return BotText.Format(seconds == 1 ? BotMessages.WaitSecond : BotMessages.WaitSeconds, seconds);
        }

        var minutes = (int)Math.Ceiling(seconds / 60.0);
        return BotText.Format(BotMessages.WaitMinutes, minutes);
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
