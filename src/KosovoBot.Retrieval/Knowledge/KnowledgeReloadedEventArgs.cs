namespace KosovoBot.Retrieval.Knowledge;

/// <summary>Raised after the store loaded the knowledge again.</summary>
/// <param name="result">What the reload produced.</param>
public sealed class KnowledgeReloadedEventArgs(KnowledgeLoadResult result) : EventArgs
{
    /// <summary>What the reload produced; <see cref="KnowledgeLoadResult.Knowledge"/> is now served.</summary>
    public KnowledgeLoadResult Result { get; } = result;
}
