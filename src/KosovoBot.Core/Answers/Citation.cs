using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Answers;

/// <summary>
/// A verbatim quote shown to a user with its attribution. <see cref="Quote"/> is the statement's text or a
/// trimmed span of it (an ellipsis marks what was cut); it is never reworded.
/// </summary>
/// <param name="Statement">The statement the quote is cut from.</param>
/// <param name="Quote">The words shown.</param>
public sealed record Citation(Statement Statement, string Quote)
{
    /// <summary>
    /// A citation that shows the whole statement, widened to whole quotations so that its quotation marks are
    /// balanced (<see cref="Statement.Passage"/>).
    /// </summary>
    public static Citation Of(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new Citation(statement, statement.Passage);
    }

    /// <summary>Who said it, or null for narration.</summary>
    public string? Speaker => Statement.Speaker;

    /// <summary>The speaker's role, when the article gives one.</summary>
    public string? Role => Statement.Role;

    /// <summary>How the statement is attributed.</summary>
    public StatementKind Kind => Statement.Kind;

    /// <summary>The article.</summary>
    public SourceInfo Source => Statement.Source;

    /// <summary>1-based body paragraph of the article; 0 for its headline.</summary>
    public int Paragraph => Statement.Paragraph;

    /// <summary>Where in the article the quote stands, as shown to a user: <c>paragraph 2</c>, or <c>headline</c>.</summary>
    public string Place => Statement.Paragraph == 0
        ? BotMessages.PlaceHeadline
        : BotText.Format(BotMessages.PlaceParagraph, Statement.Paragraph);
}
