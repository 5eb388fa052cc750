using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Control;

/// <summary>
/// Decides whether a plain channel message is a question, for channels in <see cref="ChannelMode.Questions"/>: it ends
/// with a question mark, or opens with a question word or an inverted auxiliary ("who", "did", "is", "can").
/// </summary>
public static class QuestionText
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "what", "whats", "what's", "when", "where", "which", "why", "how",
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has", "have", "had",
    };

    /// <summary>True when <paramref name="text"/> reads as a question.</summary>
    public static bool IsQuestion(string? text)
    {
        var plain = ChatMarkup.Strip(text ?? string.Empty).Trim();
        if (plain.Length == 0)
        {
            return false;
        }

        if (plain.EndsWith('?'))
        {
            return true;
        }

        var first = plain.Split([' ', ',', '\n', '\t'], 2, StringSplitOptions.RemoveEmptyEntries)[0];
        return Openers.Contains(first) && plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
    }
}
