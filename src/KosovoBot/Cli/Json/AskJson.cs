using System.Text.Json.Serialization;

namespace KosovoBot.Cli.Json;

/// <summary>The <c>ask --json</c> object.</summary>
internal sealed record AskJson(
    string Question,
    bool Answered,
    string Answer,
    double Confidence,
    IReadOnlyList<CitationJson> Citations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UnderstoodAs = null);
