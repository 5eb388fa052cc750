namespace KosovoBot.Discord.Rest;

/// <summary>A REST request failed for good (after any retries). The message never holds a token.</summary>
internal sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordRestException(string message, int status, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
    }

    /// <summary>The HTTP status, or 0 for a network failure.</summary>
    public int Status { get; }
}
