using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Tests.Search;

/// <summary>A knowledge provider whose snapshot a test sets.</summary>
internal sealed class FixedKnowledgeProvider(KnowledgeBase knowledge) : IKnowledgeProvider
{
    public KnowledgeBase Current { get; set; } = knowledge;
}
