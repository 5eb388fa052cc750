namespace KosovoBot.Core.Knowledge;

/// <summary>A date expression found in a statement ("Monday", "late January") and what it resolves to.</summary>
/// <param name="Text">The expression exactly as the statement has it.</param>
/// <param name="Date">The date it means, resolved against the article's publication date.</param>
public sealed record DateMention(string Text, ResolvedDate Date)
{
    /// <summary>Why the expression resolved this way ("past tense 'said': the latest Monday on or before publication").</summary>
    public string Rule { get; init; } = string.Empty;
}
