using System.Text.Json.Nodes;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>Reads the Discord fixtures in <c>TestData/</c>.</summary>
internal static class TestData
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static JsonNode Json(string name) => JsonNode.Parse(Text(name))!;

    public static JsonObject Object(string name) => Json(name).AsObject();
}
