namespace KosovoBot.Retrieval.Knowledge;

/// <summary>Gives the knowledge snapshot currently served. The reference changes when the knowledge is reloaded.</summary>
public interface IKnowledgeProvider
{
    /// <summary>The snapshot to answer from now.</summary>
    KnowledgeBase Current { get; }
}
