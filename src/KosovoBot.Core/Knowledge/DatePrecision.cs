namespace KosovoBot.Core.Knowledge;

/// <summary>How much of a date the text gives; a resolved date never claims more.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day ("December 10", "Monday").</summary>
    Day,

    /// <summary>Part of a month ("late January").</summary>
    PartOfMonth,

    /// <summary>A month ("in January").</summary>
    Month,

    /// <summary>A year ("since 1999").</summary>
    Year,

    /// <summary>A week ("next week"), a weekend ("this weekend") or a span of weeks ("the coming weeks").</summary>
    Week,

    /// <summary>Part of a year ("early next year", "late 2024").</summary>
    PartOfYear,
}
