namespace KosovoBot.Core.Knowledge;

/// <summary>
/// A direct quotation as one unit: exactly the words between its quotation marks, verbatim, even when it runs over
/// several sentences, with the person or body it is attributed to.
/// </summary>
/// <param name="Text">The words between the quotation marks (the marks themselves excluded).</param>
/// <param name="Speaker">Who said it, or null when the article does not say.</param>
/// <param name="Role">The speaker's role where the article gives one.</param>
public sealed record Quotation(string Text, string? Speaker, string? Role);
