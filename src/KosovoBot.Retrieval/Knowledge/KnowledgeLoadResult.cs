using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>What a load produced: the knowledge to serve and the files refused.</summary>
/// <param name="Knowledge">The articles that loaded (and the synonym rules).</param>
/// <param name="Refused">Every problem found, as <c>file:line: reason</c>, in file-name order.</param>
public sealed record KnowledgeLoadResult(KnowledgeBase Knowledge, IReadOnlyList<KnowledgeFileError> Refused)
{
    /// <summary>The document served for each file path, so a later reload can keep a file's last good version.</summary>
    internal IReadOnlyDictionary<string, KnowledgeDocument> GoodByPath { get; init; } =
        new Dictionary<string, KnowledgeDocument>(StringComparer.Ordinal);
}
