using System.Text.Json.Nodes;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>One REST request the fake Discord received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? UserAgent, string? ContentType, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public override string ToString() => $"{Method} {Path}";
}
