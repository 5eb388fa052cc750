namespace KosovoBot.Retrieval.Dates;

/// <summary>The shape of a date expression found in text.</summary>
public enum DateExpressionKind
{
    /// <summary>A weekday name: "Friday", "on Monday", "Friday's".</summary>
    Weekday,

    /// <summary>A month and day: "December 10", "10 December", "Dec. 10".</summary>
    MonthDay,

    /// <summary>Part of a month: "late January", "mid-March".</summary>
    PartOfMonth,

    /// <summary>A month after a preposition: "in January".</summary>
    Month,

    /// <summary>A year after a preposition: "since 1999", "in 2008".</summary>
    Year,

    /// <summary>"today", "tomorrow", "yesterday".</summary>
    RelativeDay,
}
