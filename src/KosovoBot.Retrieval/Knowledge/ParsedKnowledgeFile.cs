using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>A knowledge file read but not yet cut into statements.</summary>
/// <param name="Source">The front matter.</param>
/// <param name="Paragraphs">The body paragraphs, verbatim, in order.</param>
public sealed record ParsedKnowledgeFile(SourceInfo Source, IReadOnlyList<string> Paragraphs)
{
    /// <summary>1-based line of the <c>id</c> field, for messages about the id (duplicates).</summary>
    public int IdLine { get; init; } = 1;
}
