using KosovoBot.Core.Knowledge;

namespace KosovoBot.SemanticKernel.Plugins;

/// <summary>A statement as a model sees it through the plugin: verbatim text with its attribution.</summary>
/// <param name="Id">Stable statement id, e.g. <c>voa-nato-to-stay-in-kosovo#4</c>.</param>
/// <param name="Text">The sentence, exactly as the article has it.</param>
/// <param name="Speaker">Who the words belong to, or null for the reporter's narration.</param>
/// <param name="Role">The speaker's role where the article gives one.</param>
/// <param name="Kind">direct, reported or narrative.</param>
/// <param name="Source">Outlet and headline of the article.</param>
/// <param name="Paragraph">1-based body paragraph.</param>
public sealed record StatementView(string Id, string Text, string? Speaker, string? Role, string Kind, string Source, int Paragraph)
{
    /// <summary>The view of <paramref name="statement"/>.</summary>
    public static StatementView Of(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return new StatementView(
            statement.Id,
            statement.Text,
            statement.Speaker,
            statement.Role,
            statement.Kind.ToString().ToLowerInvariant(),
            $"{statement.Source.Outlet}: {statement.Source.Title}",
            statement.Paragraph);
    }
}
