namespace KosovoBot.Core.Knowledge;

/// <summary>Which part of a month a <see cref="DatePrecision.PartOfMonth"/> date means.</summary>
public enum MonthPart
{
    /// <summary>Days 1 to 10.</summary>
    Early,

    /// <summary>Days 11 to 20.</summary>
    Mid,

    /// <summary>Day 21 to the end.</summary>
    Late,
}
