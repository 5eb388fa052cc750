namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// Thrown by an embedding generator whose model could not be loaded and will not be: the cause was logged once
/// where it happened, so a caller falls back to the lexical ranking without logging again.
/// </summary>
public sealed class EmbeddingModelUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EmbeddingModelUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EmbeddingModelUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public EmbeddingModelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
