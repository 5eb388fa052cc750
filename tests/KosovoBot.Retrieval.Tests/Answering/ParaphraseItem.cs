using System.Text.Json.Serialization;

namespace KosovoBot.Retrieval.Tests.Answering;

/// <summary>One line of <c>paraphrases.jsonl</c>.</summary>
internal sealed record ParaphraseItem
{
    public required string Id { get; init; }

    public required string Question { get; init; }

    public bool Abstain { get; init; }

    public IReadOnlyList<string> Evidence { get; init; } = [];

    [JsonPropertyName("answer_any")]
    public IReadOnlyList<string> AnswerAny { get; init; } = [];

    public string? Speaker { get; init; }
}
