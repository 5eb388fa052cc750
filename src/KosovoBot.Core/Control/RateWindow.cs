namespace KosovoBot.Core.Control;

/// <summary>A counter's state after a hit: how many hits its window holds, and when the window ends.</summary>
/// <param name="Count">Hits in the current window, this one included.</param>
/// <param name="ResetsAt">When the window ends and the count starts again.</param>
public readonly record struct RateWindow(int Count, DateTimeOffset ResetsAt);
