using KosovoBot.Core.Knowledge;
using KosovoBot.SemanticKernel.Embeddings;

namespace KosovoBot.SemanticKernel.Tests.Fakes;

internal sealed class FakeCorpus(IReadOnlyList<Statement> statements) : IStatementCorpus
{
    public IReadOnlyList<Statement> Statements => statements;
}
