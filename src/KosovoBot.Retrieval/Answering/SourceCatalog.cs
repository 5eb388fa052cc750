using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Answering;

/// <summary>The articles of the current knowledge, newest first.</summary>
internal sealed class SourceCatalog(IKnowledgeProvider provider) : ISourceCatalog
{
    // Sorted once per snapshot, not per /sources.
    private readonly SnapshotMemo<KnowledgeBase, IReadOnlyList<SourceInfo>> _sorted = new(static knowledge =>
    [
        .. knowledge.Documents
            .Select(static d => d.Source)
            .OrderByDescending(static s => s.Published)
            .ThenBy(static s => s.Title, StringComparer.Ordinal),
    ]);

    /// <inheritdoc />
    public IReadOnlyList<SourceInfo> Sources => _sorted.Get(provider.Current);
}
