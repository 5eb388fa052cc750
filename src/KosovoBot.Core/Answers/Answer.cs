using KosovoBot.Core.Knowledge;

namespace KosovoBot.Core.Answers;

/// <summary>The bot's answer to one question: a short direct answer and its supporting quotes, or an explicit decline.</summary>
public sealed record Answer
{
    /// <summary>The question as the user asked it (chat markup removed).</summary>
    public required string Question { get; init; }

    /// <summary>False when the knowledge does not answer the question.</summary>
    public required bool Answered { get; init; }

    /// <summary>The short answer, or, when not answered, a sentence saying so and what the knowledge covers.</summary>
    public required string Text { get; init; }

    /// <summary>Calibrated confidence in [0, 1].</summary>
    public required double Confidence { get; init; }

    /// <summary>Supporting quotes, best first; when not answered, related statements that are not an answer.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Why the question was declined; null when answered.</summary>
    public DeclineReason? Declined { get; init; }

    /// <summary>
    /// The statements the one search of this answer found, best first (empty when none was made), so that a decorating
    /// answerer (a language model) works from the same candidates instead of searching again.
    /// </summary>
    public IReadOnlyList<ScoredStatement> Candidates { get; init; } = [];
}
