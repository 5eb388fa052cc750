using System.Text.Json.Serialization;

namespace KosovoBot.SemanticKernel.Answering;

/// <summary>The JSON object the model is asked to reply with.</summary>
/// <param name="Answer">The short answer, or <c>not in the article</c>.</param>
/// <param name="Citations">1-based numbers of the statements that support the answer.</param>
internal sealed record ModelReply(
    [property: JsonPropertyName("answer")] string? Answer,
    [property: JsonPropertyName("citations")] IReadOnlyList<int>? Citations);
