namespace KosovoBot.Discord.Rendering;

/// <summary>Shortens text to a limit at a word boundary, marking the cut with an ellipsis.</summary>
internal static class TextShortener
{
    public const string Ellipsis = "…";

    /// <summary>
    /// Returns <paramref name="text"/> when it fits in <paramref name="max"/> characters; otherwise the longest
    /// run of whole words that fits with the ellipsis. Only a single word longer than the limit is cut inside.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= Ellipsis.Length)
        {
            return Ellipsis[..max];
        }

        var room = max - Ellipsis.Length;
        var cut = -1;
        for (var i = room; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                cut = i;
                break;
            }
        }

        string kept;
        if (cut > 0)
        {
            kept = text[..cut].TrimEnd();
            kept = kept.TrimEnd(',', ';', ':', '-', '—');
        }
        else
        {
            var end = room;
            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            kept = text[..end];
        }

        return kept + Ellipsis;
    }

    /// <summary>Escapes Discord markdown so that quoted words show exactly as written.</summary>
    public static string EscapeMarkdown(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
