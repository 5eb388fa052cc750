using System.Text.RegularExpressions;

namespace KosovoBot.Core.Chat;

/// <summary>Removes chat platform markup from a message so that only the question's words remain.</summary>
public static partial class ChatMarkup
{
    /// <summary>
    /// Strips user, role and channel mentions (<c>&lt;@U0LAN0Z89&gt;</c>, <c>&lt;@!123&gt;</c>, <c>&lt;@&amp;1&gt;</c>,
    /// <c>&lt;#C1|general&gt;</c>), Slack specials (<c>&lt;!here&gt;</c>), custom emoji, a leading <c>@name</c>,
    /// and keeps the label of a link; white space is folded.
    /// </summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = LinkWithLabel().Replace(text, "$1");
        result = AngleMarkup().Replace(result, " ");
        result = LeadingAtName().Replace(result, " ");
        result = HtmlEntity().Replace(result, static m => m.Value switch
        {
            "&amp;" => "&",
            "&lt;" => "<",
            "&gt;" => ">",
            _ => m.Value,
        });
        return Spaces().Replace(result, " ").Trim();
    }

    // <https://x|label> keeps the label; mentions with a label (<#C1|general>) are markup, not words.
    [GeneratedRegex(@"<(?:https?|mailto):[^|>]*\|([^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex LinkWithLabel();

    [GeneratedRegex(@"<(?:[@#!][^>]*|a?:\w+:\d+|https?:[^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex AngleMarkup();

    [GeneratedRegex(@"^\s*@[\w.\-]+[,:]?", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAtName();

    [GeneratedRegex("&(?:amp|lt|gt);", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlEntity();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
