using System.Text.Json.Nodes;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>Reads the fixtures copied into TestData/.</summary>
internal static class TestData
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static JsonObject Json(string name) => JsonNode.Parse(Read(name))!.AsObject();
}
