namespace KosovoBot.Core.Answers;

/// <summary>Where a dated event stands relative to the date of the article that names it.</summary>
public enum TimelineStatus
{
    /// <summary>Over by the article's date, including events on that day, which the article reports.</summary>
    Past,

    /// <summary>Not yet over on the article's date: later, or a period still running.</summary>
    Upcoming,
}
