using System.Text.Json.Serialization;

namespace KosovoBot.Cli.Json;

/// <summary>The <c>ask --json</c> object; <c>declined</c> (why it was not answered) only when not answered, <c>understoodAs</c> only when a follow-up was rewritten.</summary>
internal sealed record AskJson(
    string Question,
    bool Answered,
    string Answer,
    double Confidence,
    IReadOnlyList<CitationJson> Citations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Declined = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UnderstoodAs = null);
