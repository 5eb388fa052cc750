namespace KosovoBot.Retrieval.Search;

/// <summary>
/// One use of a <see cref="KnowledgeIndex"/> from <see cref="KnowledgeIndexCache.Acquire"/>: while it lasts, a reload
/// does not close the index under it. Dispose it once, when done reading.
/// </summary>
internal sealed class IndexLease : IDisposable
{
    private int _ended;

    internal IndexLease(KnowledgeIndex index) => Index = index;

    /// <summary>The index, open until this lease ends.</summary>
    public KnowledgeIndex Index { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
        {
            Index.Release();
        }
    }
}
