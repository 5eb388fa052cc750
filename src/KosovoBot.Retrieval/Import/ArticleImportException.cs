namespace KosovoBot.Retrieval.Import;

/// <summary>The raw text cannot become a knowledge file (no body, or a required field neither detected nor given).</summary>
public sealed class ArticleImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArticleImportException()
    {
    }

    /// <summary>Creates the exception with its reason.</summary>
    /// <param name="message">What is missing and which option supplies it.</param>
    public ArticleImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="innerException">The cause.</param>
    public ArticleImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
