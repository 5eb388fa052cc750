using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Benchmarks;

/// <summary>Serves one snapshot.</summary>
internal sealed class FixedKnowledgeProvider(KnowledgeBase knowledge) : IKnowledgeProvider
{
    public KnowledgeBase Current => knowledge;
}
