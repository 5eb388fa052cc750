namespace KosovoBot.Core.Answers;

/// <summary>Where a dated event stands relative to the date of the article that names it.</summary>
public enum TimelineStatus
{
    /// <summary>Before the article's date.</summary>
    Past,

    /// <summary>On the article's date.</summary>
    Today,

    /// <summary>After the article's date.</summary>
    Upcoming,
}
