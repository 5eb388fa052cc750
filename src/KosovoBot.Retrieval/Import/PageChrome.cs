namespace KosovoBot.Retrieval.Import;

/// <summary>Recognises navigation and sharing lines that pages put around an article.</summary>
/// <remarks>
/// The phrases are the generic furniture of news sites (skip links, section banners, sharing and printing
/// buttons), never words of a particular article; anything else short and unpunctuated before the body is the
/// title, and after the body start is dropped by <see cref="ArticleImporter"/>.
/// </remarks>
public static class PageChrome
{
    private static readonly HashSet<string> Phrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accessibility links", "Breaking News", "Skip to main content", "Skip to content", "Skip navigation",
        "Main navigation", "Menu", "Search", "Home", "Share", "Print", "Email", "E-mail", "Tweet", "Comments",
        "Advertisement", "Related", "Related stories", "Related articles", "Read more", "Subscribe", "Sign in",
        "Log in", "Cookie settings", "Follow us", "Back to top", "Top stories", "Most popular", "Latest news",
        "Live", "Watch", "Listen", "Print this page", "Share this article", "Share this story", "Send",
        "Copy link", "Download", "See all", "Next", "Previous",
    };

    private static readonly string[] ActionPrefixes = ["Share on ", "Share via ", "Follow ", "Print ", "Email ", "Subscribe "];

    /// <summary>True when <paramref name="line"/> is page furniture rather than article text.</summary>
    /// <param name="line">A trimmed line.</param>
    /// <returns>True for chrome.</returns>
    public static bool IsChrome(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Phrases.Contains(line)
            || (line.Length <= 40 && !line.EndsWith('.') && Array.Exists(ActionPrefixes, p => line.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
    }
}
