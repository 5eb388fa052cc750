namespace KosovoBot.Retrieval.Dates;

/// <summary>The shape of a date expression found in text.</summary>
public enum DateExpressionKind
{
    /// <summary>A weekday name: "Friday", "on Monday", "Friday's", "next Friday".</summary>
    Weekday,

    /// <summary>A month and day: "December 10", "10 December", "Dec. 10".</summary>
    MonthDay,

    /// <summary>Part of a month: "late January", "mid-March", "the end of March", "the end of the month".</summary>
    PartOfMonth,

    /// <summary>A month after a preposition: "in January".</summary>
    Month,

    /// <summary>A year after a preposition: "since 1999", "in 2008".</summary>
    Year,

    /// <summary>"today", "tomorrow", "yesterday", "tonight", "this morning".</summary>
    RelativeDay,

    /// <summary>A unit counted from the publication date: "this/next/last week, month, year or weekend".</summary>
    RelativeUnit,

    /// <summary>A number of units from the publication date: "in two weeks", "three days ago".</summary>
    Count,

    /// <summary>Part of a year: "early next year", "late 2024", "the end of the year".</summary>
    PartOfYear,

    /// <summary>A period after the publication date: "the coming weeks", "the next few days".</summary>
    ComingPeriod,
}
