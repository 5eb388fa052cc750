using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Answering;

/// <summary>The articles of the current knowledge, newest first.</summary>
internal sealed class SourceCatalog(IKnowledgeProvider provider) : ISourceCatalog
{
    /// <inheritdoc />
    public IReadOnlyList<SourceInfo> Sources =>
    [
        .. provider.Current.Documents
            .Select(static d => d.Source)
            .OrderByDescending(static s => s.Published)
            .ThenBy(static s => s.Title, StringComparer.Ordinal),
    ];
}
