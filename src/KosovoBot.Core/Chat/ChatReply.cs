using KosovoBot.Core.Answers;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Chat;

/// <summary>
/// The platform-neutral reply that every adapter renders: a headline text, quotes, timeline items,
/// sources and notices. Only the parts that <see cref="Kind"/> implies are filled.
/// </summary>
public sealed record ChatReply
{
    /// <summary>What the reply holds.</summary>
    public required ReplyKind Kind { get; init; }

    /// <summary>The answer, the decline sentence, a heading or the error message.</summary>
    public required string Text { get; init; }

    /// <summary>Quotes with attribution, best first (answers) or in article order (quotes).</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>The answer's calibrated confidence, for <see cref="ReplyKind.Answer"/> and <see cref="ReplyKind.NoAnswer"/>.</summary>
    public double? Confidence { get; init; }

    /// <summary>The timeline, for <see cref="ReplyKind.Timeline"/>.</summary>
    public Timeline? Timeline { get; init; }

    /// <summary>The articles, for <see cref="ReplyKind.Sources"/>.</summary>
    public IReadOnlyList<SourceInfo> Sources { get; init; } = [];

    /// <summary>Short extra lines (usage hints, what the knowledge covers).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>
    /// The standalone question a follow-up was read as ("Why will NATO keep more troops ready?"), shown as
    /// "Reading this as: ..."; null when the question stood alone.
    /// </summary>
    public string? UnderstoodAs { get; init; }

    /// <summary>
    /// <see cref="UnderstoodAs"/> as the asker reads it (<c>... (following "earlier question")</c>); when null, the line
    /// shows <see cref="UnderstoodAs"/> without the rewriter's context tail.
    /// </summary>
    public string? Reading { get; init; }

    /// <summary>The one line every platform shows above a rewritten follow-up's answer, or null.</summary>
    public string? ReadingLine =>
        UnderstoodAs is { Length: > 0 } understood
            ? BotText.Format(BotMessages.ReadingAs, Reading is { Length: > 0 } reading ? reading : ContextTail.Without(understood).Trim())
            : null;

    /// <summary>Why the question was declined, for <see cref="ReplyKind.NoAnswer"/>; kept with the question's record.</summary>
    public DeclineReason? Declined { get; init; }

    /// <summary>True when only the asker should see the reply (errors, usage).</summary>
    public bool IsPrivate { get; init; }

    /// <summary>
    /// The kept <see cref="Control.QuestionRecord"/> this reply answers, carried by its feedback and "Share in channel"
    /// buttons; null when nothing was kept.
    /// </summary>
    public string? RecordId { get; init; }

    /// <summary>True when the reply shows 👍/👎 buttons (a kept answer or decline, and the server has them on).</summary>
    public bool OffersFeedback { get; init; }

    /// <summary>True for a private answer that shows a "Share in channel" button.</summary>
    public bool Shareable { get; init; }

    /// <summary>The answer or decline a conversation turn gave, with how a follow-up was read.</summary>
    public static ChatReply FromAnswer(ConversationAnswer turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var answer = turn.Answer;
        return new ChatReply
        {
            Kind = answer.Answered ? ReplyKind.Answer : ReplyKind.NoAnswer,
            Text = answer.Text,
            Citations = answer.Citations,
            Confidence = answer.Confidence,
            UnderstoodAs = turn.UnderstoodAs,
            Reading = turn.Reading,
            Declined = answer.Answered ? null : answer.Declined,
        };
    }

    /// <summary>A private error reply.</summary>
    public static ChatReply Error(string message, params string[] notices) =>
        new() { Kind = ReplyKind.Error, Text = message, Notices = notices, IsPrivate = true };

    /// <summary>A private notice (a setting changed, a limit reached, a refusal).</summary>
    public static ChatReply Notice(string message, params string[] notices) =>
        new() { Kind = ReplyKind.Notice, Text = message, Notices = notices, IsPrivate = true };
}
