using System.Net;
using KosovoBot.Testing.Llm;

namespace KosovoBot.SemanticKernel.Tests.Fakes;

/// <summary>The hand-written chat-completions bodies in <c>TestData/</c>.</summary>
internal static class Canned
{
    public static FakeReply Chat(string file) => FakeReply.Ok(Read(file));

    public static FakeReply ServerError() => new(HttpStatusCode.InternalServerError, Read("server-error.json"));

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", file));
}
