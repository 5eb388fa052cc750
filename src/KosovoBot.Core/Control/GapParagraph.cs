namespace KosovoBot.Core.Control;

/// <summary>The article paragraph nearest to a gap: where a curator would add what is missing.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Paragraph">The 1-based paragraph (0 for the headline).</param>
/// <param name="Text">The nearest statement of that paragraph, verbatim.</param>
public sealed record GapParagraph(string Id, string Title, int Paragraph, string Text);
