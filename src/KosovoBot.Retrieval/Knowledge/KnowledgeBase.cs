using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// An immutable snapshot of everything the bot answers from: the articles (already cut into statements)
/// and the curated synonym rules. A reload produces a new snapshot; readers never see a half-loaded one.
/// </summary>
/// <param name="Documents">The articles, in file-name order.</param>
/// <param name="SynonymRules">The text of <c>synonyms.txt</c> in the Solr synonyms format; empty when there is none.</param>
public sealed record KnowledgeBase(IReadOnlyList<KnowledgeDocument> Documents, string SynonymRules)
{
    /// <summary>A knowledge base with nothing in it.</summary>
    public static KnowledgeBase Empty { get; } = new([], string.Empty);

    /// <summary>Every statement of every document, in document then sentence order.</summary>
    public IEnumerable<Statement> Statements => Documents.SelectMany(d => d.Statements);
}
