namespace KosovoBot.Retrieval.Answering;

/// <summary>Small text helpers for answer spans: counting words, sentence case, closing punctuation.</summary>
internal static class AnswerText
{
    /// <summary>Number of white-space separated words.</summary>
    public static int WordCount(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    /// <summary>
    /// <paramref name="span"/> as a short answer: trimmed, first letter upper case, closed with a full stop,
    /// cut to <paramref name="maxWords"/> words with an ellipsis.
    /// </summary>
    public static string Finish(string span, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(span);
        var text = span.Trim().TrimEnd(',', ';', ':', '-', '—').Trim().Trim('"', '“', '”').Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > maxWords)
        {
            text = string.Join(' ', words[..maxWords]).TrimEnd(',', ';', ':') + "…";
        }

        if (text.Length == 0)
        {
            return text;
        }

        text = char.ToUpperInvariant(text[0]) + text[1..];
        return text[^1] is '.' or '?' or '!' or '…' ? text : text + ".";
    }
}
