using System.Text.Json.Nodes;

namespace KosovoBot.Testing;

/// <summary>Reads a test project's payload fixtures, copied next to its assembly under <c>TestData/</c>.</summary>
public static class Fixtures
{
    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>A fixture that holds one JSON object.</summary>
    public static JsonObject Json(string name) => JsonNode.Parse(Text(name))!.AsObject();

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
