using System.Net;

namespace KosovoBot.Testing.Llm;

/// <summary>What the fake OpenAI-compatible server answers to one chat-completions request.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The JSON body; ignored when <paramref name="Hang"/> is set.</param>
/// <param name="Hang">When true the server never answers: it waits until the client gives up or the server stops.</param>
public sealed record FakeReply(HttpStatusCode StatusCode, string Body, bool Hang = false)
{
    /// <summary>A 200 with <paramref name="body"/>.</summary>
    public static FakeReply Ok(string body) => new(HttpStatusCode.OK, body);

    /// <summary>An OpenAI-style error body with <paramref name="status"/>.</summary>
    public static FakeReply Error(HttpStatusCode status) =>
        new(status, """{"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}}""");

    /// <summary>A reply that never comes.</summary>
    public static FakeReply Never { get; } = new(HttpStatusCode.OK, string.Empty, Hang: true);
}
