namespace KosovoBot.Slack.Api;

/// <summary>A Web API call failed in a way a later retry or reconnect may fix.</summary>
public sealed class SlackApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SlackApiException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SlackApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a method and Slack's error code.</summary>
    public SlackApiException(string method, string error, Exception? innerException = null)
        : base($"Slack {method} failed: {error}", innerException)
    {
        Method = method;
        Error = error;
    }

    /// <summary>The Web API method.</summary>
    public string? Method { get; }

    /// <summary>Slack's error code or a short local reason.</summary>
    public string? Error { get; }
}
