using System.Text;

namespace KosovoBot.Slack.Rendering;

/// <summary>Slack mrkdwn helpers: escaping untrusted text and shortening to Block Kit limits.</summary>
internal static class Mrkdwn
{
    /// <summary>The longest text of a section (and of a context element).</summary>
    public const int MaxSectionText = 3000;

    /// <summary>
    /// Escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> (and nothing else, as Slack documents), so text from the
    /// knowledge or from users can never form <c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>, a user mention or a link.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// Shortens already escaped mrkdwn to at most <paramref name="max"/> characters at a word boundary, ending in an
    /// ellipsis; an entity such as <c>&amp;amp;</c> is never cut in half.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        const string Ellipsis = "…";
        var limit = max - Ellipsis.Length;
        var cut = text.LastIndexOfAny([' ', '\n'], limit);
        if (cut < limit / 2)
        {
            cut = limit;
            var amp = text.LastIndexOf('&', cut - 1, Math.Min(cut, 6));
            if (amp >= 0 && text.IndexOf(';', amp) >= cut)
            {
                cut = amp;
            }
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    /// <summary>Quotes escaped text as a mrkdwn block quote, line by line.</summary>
    public static string BlockQuote(string escaped) =>
        string.Join('\n', escaped.Split('\n').Select(line => "> " + line));
}
