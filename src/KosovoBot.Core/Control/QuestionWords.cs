namespace KosovoBot.Core.Control;

/// <summary>
/// The content words of a question for grouping by word overlap when no embedding model is available: lower case,
/// question and function words dropped, a plural or possessive <c>s</c> cut.
/// </summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "and", "or", "but",
        "is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had", "will", "would", "can",
        "could", "should", "may", "might", "what", "whats", "who", "whom", "whose", "when", "where", "which", "why",
        "how", "it", "its", "this", "that", "these", "those", "there", "i", "you", "me", "my", "your", "we", "they",
        "he", "she", "his", "her", "their", "them", "tell", "please", "any", "some", "much", "many",
    };

    /// <summary>The content words of <paramref name="text"/>.</summary>
    public static HashSet<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Replace("'s", string.Empty, StringComparison.Ordinal).Replace("’s", string.Empty, StringComparison.Ordinal)
                .Trim('\'', '’', '"', '-');
            if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                word = word[..^1];
            }

            if (word.Length > 0 && !Ignored.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Dice overlap of two word sets, in [0, 1].</summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '?', '!', '.', ',', ';', ':', '(', ')', '[', ']', '/'];
}
