using KosovoBot.Core.Knowledge;

namespace KosovoBot.Core.Answers;

/// <summary>One dated event of the situation, with the sentence it comes from.</summary>
public sealed record TimelineItem
{
    /// <summary>The resolved date at the precision the text gave.</summary>
    public required ResolvedDate Date { get; init; }

    /// <summary>What kind of event: <c>deadline</c>, <c>event</c>, <c>expected</c> or <c>background</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>A short description of what happens on the date.</summary>
    public required string What { get; init; }

    /// <summary>Past or upcoming as of the article's date.</summary>
    public required TimelineStatus Status { get; init; }

    /// <summary>The sentence the date comes from, verbatim.</summary>
    public required Citation Evidence { get; init; }
}
