namespace KosovoBot.Retrieval.Dates;

/// <summary>The calendar unit a relative date expression counts in.</summary>
public enum DateUnit
{
    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks (Monday to Sunday).</summary>
    Week,

    /// <summary>Weekends (Saturday and Sunday).</summary>
    Weekend,

    /// <summary>Months.</summary>
    Month,

    /// <summary>Years.</summary>
    Year,
}
