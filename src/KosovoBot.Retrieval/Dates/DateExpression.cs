using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Dates;

/// <summary>A date expression found in a sentence, before it is resolved against a publication date.</summary>
/// <param name="Text">The expression exactly as the sentence has it (without a possessive 's).</param>
/// <param name="Index">Where it starts in the sentence.</param>
/// <param name="Kind">Its shape.</param>
public sealed record DateExpression(string Text, int Index, DateExpressionKind Kind)
{
    /// <summary>The weekday, for <see cref="DateExpressionKind.Weekday"/>.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>The month (1-12) when the text names one.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the month when the text gives one.</summary>
    public int? Day { get; init; }

    /// <summary>The year when the text gives one.</summary>
    public int? Year { get; init; }

    /// <summary>The part of the month, for <see cref="DateExpressionKind.PartOfMonth"/>.</summary>
    public MonthPart? Part { get; init; }

    /// <summary>For a weekday: -1 after "last", 1 after "next", 0 when the tense decides.</summary>
    public int Direction { get; init; }

    /// <summary>Days from the publication date, for <see cref="DateExpressionKind.RelativeDay"/>.</summary>
    public int? OffsetDays { get; init; }
}
