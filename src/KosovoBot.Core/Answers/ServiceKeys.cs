namespace KosovoBot.Core.Answers;

/// <summary>Keys of services registered under a key, shared by the projects that register and use them.</summary>
public static class ServiceKeys
{
    /// <summary>The embedding generator (<c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>): the local model or a remote endpoint.</summary>
    public const string Embeddings = "KosovoBot.Embeddings";
}
