using System.Text.Json;
using KosovoBot.Cli.Json;

namespace KosovoBot.Cli;

/// <summary>
/// One line of <c>ask</c>'s standard input: a plain question, or a JSON object <c>{"thread": "ID", "question": "..."}</c>
/// that is a turn of conversation ID; a line starting with <c>{</c> that is not such an object is an error for that line.
/// </summary>
/// <param name="Question">The question, or null when <see cref="Error"/> is set.</param>
/// <param name="ConversationId">The conversation, or null for a standalone question.</param>
/// <param name="Error">Why the line could not be read.</param>
internal sealed record BatchLine(string? Question, string? ConversationId, string? Error)
{
    /// <summary>Reads <paramref name="line"/>.</summary>
    public static BatchLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.TrimStart().StartsWith('{'))
        {
            return new BatchLine(line, null, null);
        }

        AskLineJson? turn;
        try
        {
            turn = JsonSerializer.Deserialize(line, CliJsonContext.Relaxed.AskLineJson);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is null ? string.Empty : $" (at character {ex.BytePositionInLine + 1})";
            return new BatchLine(null, null, $"not a JSON object {{\"thread\": \"ID\", \"question\": \"...\"}} with string values{where}.");
        }

        return turn switch
        {
            null => new BatchLine(null, null, "expected a JSON object {\"thread\": \"ID\", \"question\": \"...\"}."),
            { Question: null } => new BatchLine(null, null, "the object has no \"question\" string."),
            { Thread: { Length: > 0 } thread } => new BatchLine(turn.Question, "cli:" + thread, null),
            _ => new BatchLine(turn.Question, null, null),
        };
    }
}
