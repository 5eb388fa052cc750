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
    private (KnowledgeBase Snapshot, IReadOnlyList<Statement> Statements)? _listed;

    /// <inheritdoc />
    public IReadOnlyList<Statement> Statements
    {
        get
        {
            var current = knowledge.Current;
            var listed = _listed;
            if (listed is { } l && ReferenceEquals(l.Snapshot, current))
            {
                return l.Statements;
            }

            IReadOnlyList<Statement> statements = [.. current.Statements];
            _listed = (current, statements);
            return statements;
        }
    }
}
