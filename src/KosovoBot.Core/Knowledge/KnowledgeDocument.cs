namespace KosovoBot.Core.Knowledge;

/// <summary>One article of the knowledge: its source details, body paragraphs and statements.</summary>
public sealed record KnowledgeDocument
{
    /// <summary>Front matter of the article.</summary>
    public required SourceInfo Source { get; init; }

    /// <summary>Body paragraphs, verbatim, in order.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>The body cut into attributed sentences, in order.</summary>
    public required IReadOnlyList<Statement> Statements { get; init; }
}
