using System.Text;
using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Import;

/// <summary>
/// Turns raw article text, as copied from a page, into a knowledge file: drops page chrome, finds the title,
/// the body paragraphs and, from a "NAME reports for OUTLET from PLACE." sentence, the author, outlet and dateline.
/// </summary>
/// <remarks>
/// Chrome is recognised generically: navigation phrases every news page carries (<see cref="PageChrome"/>),
/// and any other short line without final punctuation. The first such line that is not navigation is the title;
/// body paragraphs are the lines that end a sentence (or are long).
/// </remarks>
public static partial class ArticleImporter
{
    private const int MaxTitleWords = 20;
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçĆćČčĐđÈÉÊËèéêëĞğÌÍÎÏìíîïİıÑñÒÓÔÕÖØòóôõöøŞşŠšÙÚÛÜùúûüÝýÿŽž";
    private const string Unaccented = "AAAAAAaaaaaaCcCcCcDdEEEEeeeeGgIIIIiiiiIiNnOOOOOOooooooSsSsUUUUuuuuYyyZz";

    /// <summary>Imports <paramref name="raw"/>.</summary>
    /// <param name="raw">The article as received.</param>
    /// <param name="overrides">Values that win over detection.</param>
    /// <returns>The article's front matter and paragraphs.</returns>
    /// <exception cref="ArticleImportException">No body, or a required field is neither detected nor given.</exception>
    public static ImportedArticle Import(string raw, ImportOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(overrides);
        string? title = null;
        var paragraphs = new List<string>();
        foreach (var rawLine in raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || PageChrome.IsChrome(line))
            {
                continue;
            }

            if (IsBody(line))
            {
                paragraphs.Add(line);
            }
            else if (title is null && paragraphs.Count == 0)
            {
                title = line;
            }
        }

        if (paragraphs.Count == 0)
        {
            throw new ArticleImportException("no body: no line of the text reads as a paragraph of sentences");
        }

        var byline = Byline().Match(string.Join("\n", paragraphs));
        title = overrides.Title ?? title;
        var outlet = overrides.Outlet ?? (byline.Success ? byline.Groups["outlet"].Value : null);
        var author = overrides.Author ?? (byline.Success ? byline.Groups["author"].Value : null);
        var missing = new List<string>();
        if (title is null)
        {
            missing.Add("title (--title)");
        }

        if (outlet is null)
        {
            missing.Add("outlet (--outlet)");
        }

        if (author is null)
        {
            missing.Add("author (--author)");
        }

        if (overrides.Published is null)
        {
            missing.Add("published (--published yyyy-MM-dd)");
        }

        if (missing.Count > 0)
        {
            throw new ArticleImportException("cannot detect " + string.Join(", ", missing) + "; pass it on the command line");
        }

        var source = new SourceInfo
        {
            Id = overrides.Id ?? DefaultId(outlet!, title!),
            Title = title!,
            Outlet = outlet!,
            OutletName = overrides.OutletName,
            Author = author!,
            Dateline = overrides.Dateline ?? (byline.Success ? byline.Groups["place"].Value : null),
            Published = overrides.Published!.Value,
            Url = overrides.Url,
        };
        return new ImportedArticle(source, paragraphs);
    }

    /// <summary>The default id: <c>{outlet}-{slug of title}</c>, lower case ASCII with hyphens.</summary>
    /// <param name="outlet">Short outlet name.</param>
    /// <param name="title">Headline.</param>
    /// <returns>The id, e.g. <c>voa-nato-to-stay-in-kosovo</c>.</returns>
    public static string DefaultId(string outlet, string title) => Slug(outlet + " " + title);

    private static bool IsBody(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words > MaxTitleWords || (words >= 3 && line[^1] is '.' or '!' or '?' or '"' or '”' or '\'' or '’' or ')');
    }

    private static string Slug(string text)
    {
        // Folded by table: the project runs with invariant globalization, where string.Normalize cannot decompose.
        var folded = new StringBuilder();
        foreach (var c in text)
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            var plain = at >= 0 ? Unaccented[at] : c;
            folded.Append(char.IsAsciiLetterOrDigit(plain) ? char.ToLowerInvariant(plain) : '-');
        }

        return MultipleHyphens().Replace(folded.ToString(), "-").Trim('-');
    }

    [GeneratedRegex(@"(?<=^|[.!?][""”]?\s)(?<author>\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|der|da))+)\s+reports?\s+for\s+(?<outlet>\p{Lu}[\p{L}\p{N}&'’ ]*?)\s+from\s+(?<place>\p{Lu}[\p{L}'’ -]*?)\.", RegexOptions.Multiline)]
    private static partial Regex Byline();

    [GeneratedRegex("-{2,}")]
    private static partial Regex MultipleHyphens();
}
