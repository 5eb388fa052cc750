namespace KosovoBot.Retrieval.Knowledge;

/// <summary>A knowledge file that cannot be served; <see cref="Exception.Message"/> is <c>file:line: reason</c>.</summary>
public sealed class KnowledgeFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">What is wrong and where.</param>
    public KnowledgeFileException(KnowledgeFileError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Creates the exception with a bare message (kept for the standard exception constructors).</summary>
    public KnowledgeFileException()
        : this(new KnowledgeFileError("?", 1, "invalid knowledge file"))
    {
    }

    /// <summary>Creates the exception with a bare message (kept for the standard exception constructors).</summary>
    /// <param name="message">The reason.</param>
    public KnowledgeFileException(string message)
        : this(new KnowledgeFileError("?", 1, message))
    {
    }

    /// <summary>Creates the exception with a bare message and its cause.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public KnowledgeFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new KnowledgeFileError("?", 1, message);
    }

    /// <summary>What is wrong and where.</summary>
    public KnowledgeFileError Error { get; }
}
