namespace KosovoBot.Core.Chat;

/// <summary>
/// The platform refused the adapter for a reason a retry cannot fix. The message says what the operator
/// must change and never holds a secret.
/// </summary>
public sealed class ChatAdapterFatalException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChatAdapterFatalException()
    {
    }

    /// <summary>Creates the exception with the operator-facing message.</summary>
    public ChatAdapterFatalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the operator-facing message and its cause.</summary>
    public ChatAdapterFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
