using KosovoBot.Core.Answers;

namespace KosovoBot.Core.Control;

/// <summary>
/// One question asked in chat and what the bot replied, kept for feedback, "Share in channel" and the gap report.
/// </summary>
public sealed record QuestionRecord
{
    /// <summary>A short unique id, carried by the reply's buttons.</summary>
    public required string Id { get; init; }

    /// <summary>When it was asked.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The adapter name.</summary>
    public required string Platform { get; init; }

    /// <summary>The guild or workspace, or null for a DM or the console.</summary>
    public string? ServerId { get; init; }

    /// <summary>The channel or DM.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The asker.</summary>
    public required string UserId { get; init; }

    /// <summary>The question as asked.</summary>
    public required string Question { get; init; }

    /// <summary>The standalone question a follow-up was read as, or null.</summary>
    public string? UnderstoodAs { get; init; }

    /// <summary>False when the bot declined.</summary>
    public required bool Answered { get; init; }

    /// <summary>Why it declined, or null when answered.</summary>
    public DeclineReason? Declined { get; init; }

    /// <summary>The reply's text (the short answer or the decline sentence).</summary>
    public required string AnswerText { get; init; }

    /// <summary>The reply's confidence, when it had one.</summary>
    public double? Confidence { get; init; }

    /// <summary>The quotes the reply gave.</summary>
    public IReadOnlyList<CitedQuote> Citations { get; init; } = [];

    /// <summary>The knowledge snapshot the reply came from (<see cref="IKnowledgeVersion.Current"/>).</summary>
    public required string Snapshot { get; init; }
}
