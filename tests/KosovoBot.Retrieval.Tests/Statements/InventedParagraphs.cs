using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Statements;

namespace KosovoBot.Retrieval.Tests.Statements;

/// <summary>Invented paragraphs cut into statements as one article published on a Wednesday, 2025-06-18.</summary>
internal static class InventedParagraphs
{
    public static readonly SourceInfo Source = new()
    {
        Id = "invented",
        Title = "Invented",
        Outlet = "INV",
        Author = "Test Writer",
        Published = new DateOnly(2025, 6, 18),
    };

    /// <summary>The statements of <paramref name="paragraphs"/>, in order.</summary>
    public static IReadOnlyList<Statement> Cut(params string[] paragraphs) => StatementBuilder.BuildStatements(Source, paragraphs);
}
