namespace KosovoBot.Core.Answers;

/// <summary>The dated events of the knowledge in date order.</summary>
/// <param name="AsOf">The date the statuses are judged at: the newest article's publication date.</param>
/// <param name="Items">The events, earliest first.</param>
public sealed record Timeline(DateOnly AsOf, IReadOnlyList<TimelineItem> Items);
