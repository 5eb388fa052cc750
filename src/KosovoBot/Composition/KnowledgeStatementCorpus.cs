using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.SemanticKernel.Embeddings;

namespace KosovoBot.Composition;

/// <summary>
/// Gives semantic search every statement of the knowledge currently served, listed once per snapshot so that a
/// reload is picked up and a query does not copy the corpus.
/// </summary>
internal sealed class KnowledgeStatementCorpus(IKnowledgeProvider knowledge) : IStatementCorpus
{
    private Listing? _listing;

    /// <inheritdoc />
    public IReadOnlyList<Statement> Statements
    {
        get
        {
            // One immutable pair swapped as a whole, so a reader never sees a snapshot with another one's list.
            var current = knowledge.Current;
            var listing = Volatile.Read(ref _listing);
            if (listing is null || !ReferenceEquals(listing.Snapshot, current))
            {
                listing = new Listing(current, [.. current.Statements]);
                Volatile.Write(ref _listing, listing);
            }

            return listing.Statements;
        }
    }

    private sealed record Listing(KnowledgeBase Snapshot, IReadOnlyList<Statement> Statements);
}
