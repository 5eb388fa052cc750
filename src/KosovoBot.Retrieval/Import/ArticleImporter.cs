using System.Text;
using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Import;

/// <summary>
/// Turns raw article text, as copied from a page, into a knowledge file: drops page chrome, finds the title,
/// the body paragraphs and, from a "NAME reports for (the) OUTLET from PLACE." sentence (or "from PLACE for
/// OUTLET"), a "By NAME" line and a dateline opening the body ("SKOPJE, Macedonia (Outlet) —"), the author, outlet
/// and dateline. A dateline is moved from the body into the front matter, never dropped.
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
        string? bylineAuthor = null;
        string? datelinePlace = null;
        string? datelineOutlet = null;
        var paragraphs = new List<string>();
        foreach (var rawLine in raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || PageChrome.IsChrome(line))
            {
                continue;
            }

            var by = ByLine().Match(line);
            if (by.Success && paragraphs.Count == 0)
            {
                bylineAuthor ??= by.Groups["author"].Value;
                datelineOutlet ??= by.Groups["outlet"].Success ? by.Groups["outlet"].Value : null;
                continue;
            }

            if (paragraphs.Count == 0 && IsBody(line))
            {
                var dateline = Dateline().Match(line);
                if (dateline.Success && dateline.Length < line.Length)
                {
                    datelinePlace = PlaceName(dateline.Groups["place"].Value);
                    datelineOutlet ??= dateline.Groups["outlet"].Success ? dateline.Groups["outlet"].Value : null;
                    line = line[dateline.Length..];
                }
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
        var outlet = overrides.Outlet ?? (byline.Success ? byline.Groups["outlet"].Value : datelineOutlet);
        var author = overrides.Author ?? (byline.Success ? byline.Groups["author"].Value : bylineAuthor);
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
            Dateline = overrides.Dateline ?? datelinePlace ?? (byline.Success ? byline.Groups["place"].Value : null),
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

    // "SKOPJE" → "Skopje"; "New York" stays.
    private static string PlaceName(string place) =>
        place.Any(char.IsLower)
            ? place
            : string.Join(' ', place.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(static w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));

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

    private const string Name = @"\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|der|da))+";

    // "Stefan Bos reports for VOA from Budapest." / "X reports for the Balkan Courier from Skopje." / "X reports from Skopje for the Y."
    [GeneratedRegex(@"(?<=^|[.!?][""”]?\s)(?<author>" + Name + @")\s+(?:reports?|reported|writes|wrote)\s+(?:for\s+(?:the\s+)?(?<outlet>\p{Lu}[\p{L}\p{N}&'’ ]*?)\s+from\s+(?<place>\p{Lu}[\p{L}'’ -]*?)|from\s+(?<place>\p{Lu}[\p{L}'’ -]*?)\s+for\s+(?:the\s+)?(?<outlet>\p{Lu}[\p{L}\p{N}&'’ ]*?))\.", RegexOptions.Multiline)]
    private static partial Regex Byline();

    // A line of its own: "By Elsa Marrin", "By Elsa Marrin, Northwater Wire".
    [GeneratedRegex(@"^[Bb]y\s+(?<author>" + Name + @")(?:\s*[,|·—–-]\s*(?:the\s+)?(?<outlet>\p{Lu}[\p{L}\p{N}&'’ ]*))?$")]
    private static partial Regex ByLine();

    // The body's opening dateline: "SKOPJE —", "SKOPJE, Macedonia (Balkan Courier) —", "Halvane, March 12 (NWR) - ".
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}(?=,|\s*\())(?:,\s*[^—–()\n]{1,40}?)?\s*(?:\((?<outlet>[^)\n]{1,40})\))?\s*(?:—|–|--|-)\s+")]
    private static partial Regex Dateline();

    [GeneratedRegex("-{2,}")]
    private static partial Regex MultipleHyphens();
}
