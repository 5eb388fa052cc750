using KosovoBot.Core.Knowledge;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Every statement the bot currently answers from, for semantic search to rank. Optional: the host registers
/// one over its knowledge snapshot; without it, semantic ranking re-orders the lexical candidates only.
/// </summary>
public interface IStatementCorpus
{
    /// <summary>The statements of the current knowledge, in document then sentence order.</summary>
    IReadOnlyList<Statement> Statements { get; }
}
