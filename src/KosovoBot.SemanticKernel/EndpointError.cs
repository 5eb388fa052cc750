using System.ClientModel;
using Microsoft.SemanticKernel;

namespace KosovoBot.SemanticKernel;

/// <summary>
/// A short, secret-free description of a failed call to a model endpoint for the logs. An HTTP error is named by
/// its status only, because error bodies may echo request details such as a (masked) API key; other failures
/// (refused connection, a body not in the OpenAI format) by their innermost message, which carries no secret.
/// </summary>
internal static class EndpointError
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception switch
        {
            HttpOperationException { StatusCode: { } code } => (int)code,
            ClientResultException { Status: > 0 } result => result.Status,
            HttpRequestException { StatusCode: { } code } => (int)code,
            _ => (int?)null,
        };
        return status is { } value
            ? $"HTTP status {value}"
            : $"{exception.GetType().Name}: {exception.GetBaseException().Message}";
    }
}
