namespace KosovoBot.Core.Control;

/// <summary>A question the gap report looks at: declined, or answered and given a 👎.</summary>
/// <param name="Question">The question (its standalone reading for a follow-up).</param>
/// <param name="At">When it was asked.</param>
/// <param name="Declined">True when declined, false when answered and given a 👎.</param>
/// <param name="Platform">The adapter it was asked on.</param>
/// <param name="ServerId">The guild or workspace it was asked in, or null for a DM or the console.</param>
public sealed record GapQuestion(string Question, DateTimeOffset At, bool Declined, string Platform, string? ServerId);
