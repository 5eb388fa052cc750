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

    /// <summary>The part of the month or year, for <see cref="DateExpressionKind.PartOfMonth"/> and <see cref="DateExpressionKind.PartOfYear"/>.</summary>
    public MonthPart? Part { get; init; }

    /// <summary>
    /// For a weekday: -1 after "last", 1 after "next", 2 after "this", 0 when the sentence decides.
    /// For a relative unit or part of a year: the units from the publication's own (-1 last, 0 this, 1 next).
    /// </summary>
    public int Direction { get; init; }

    /// <summary>Days from the publication date, for <see cref="DateExpressionKind.RelativeDay"/>.</summary>
    public int? OffsetDays { get; init; }

    /// <summary>The unit counted, for <see cref="DateExpressionKind.RelativeUnit"/>, <see cref="DateExpressionKind.Count"/> and <see cref="DateExpressionKind.ComingPeriod"/>.</summary>
    public DateUnit? Unit { get; init; }

    /// <summary>How many units, signed (-3 for "three days ago"), for <see cref="DateExpressionKind.Count"/>.</summary>
    public int Amount { get; init; }
}
