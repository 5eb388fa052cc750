using System.Globalization;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// Reads a knowledge file: front matter between two <c>---</c> lines, then body paragraphs separated by blank lines.
/// </summary>
/// <remarks>
/// The front matter is a flat <c>key: value</c> subset of YAML. A forty-line hand parser is used instead of
/// YamlDotNet because the curator needs the exact line of every problem (<c>knowledge/x.md:3: ...</c>), the
/// accepted syntax should stay this small (no nesting, anchors or multi-line scalars to explain), and it keeps
/// a dependency out of the knowledge layer.
/// </remarks>
public static class KnowledgeFileParser
{
    private const string Fence = "---";
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    /// <summary>Parses <paramref name="text"/>; throws when the file cannot be served.</summary>
    /// <param name="file">The file as the curator knows it, used in error messages, e.g. <c>knowledge/x.md</c>.</param>
    /// <param name="text">The whole file.</param>
    /// <returns>The front matter and body paragraphs.</returns>
    /// <exception cref="KnowledgeFileException">The file is refused; the message is <c>file:line: reason</c>.</exception>
    public static ParsedKnowledgeFile Parse(string file, string text)
    {
        var result = TryParse(file, text, out var parsed);
        return result is null ? parsed! : throw new KnowledgeFileException(result);
    }

    /// <summary>Parses <paramref name="text"/> without throwing.</summary>
    /// <param name="file">The file as the curator knows it, used in error messages.</param>
    /// <param name="text">The whole file.</param>
    /// <param name="parsed">The parsed file when there is no error.</param>
    /// <returns>Null when the file is good, else why it is refused.</returns>
    public static KnowledgeFileError? TryParse(string file, string text, out ParsedKnowledgeFile? parsed)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        parsed = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            return new(file, 1, "no front matter: the file must start with a '---' line");
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == Fence);
        if (close < 0)
        {
            return new(file, 1, "front matter is not closed: no second '---' line");
        }

        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        for (var i = 1; i < close; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return new(file, i + 1, $"expected 'key: value', found '{line.Trim()}'");
            }

            // Unknown keys are tolerated so that curators can add notes (e.g. "tags") without breaking a file.
            fields[line[..colon].Trim()] = (Unquote(line[(colon + 1)..].Trim()), i + 1);
        }

        var closeLine = close + 1;
        string? Required(string key, out KnowledgeFileError? error)
        {
            error = fields.TryGetValue(key, out var f) && f.Value.Length > 0
                ? null
                : new KnowledgeFileError(file, fields.TryGetValue(key, out var empty) ? empty.Line : closeLine, $"missing required field '{key}'");
            return error is null ? fields[key].Value : null;
        }

        var id = Required("id", out var err);
        var title = err is null ? Required("title", out err) : null;
        var outlet = err is null ? Required("outlet", out err) : null;
        var author = err is null ? Required("author", out err) : null;
        var publishedText = err is null ? Required("published", out err) : null;
        if (err is not null)
        {
            return err;
        }

        if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            return new(file, fields["published"].Line, $"published: '{publishedText}' is not a date (yyyy-MM-dd)");
        }

        // Relative dates resolve against this one (a year later, the next Monday): an absurd year overflows them.
        if (published.Year is < MinYear or > MaxYear)
        {
            return new(file, fields["published"].Line, $"published: '{publishedText}' is not a year from 1900 to 2100");
        }

        Uri? url = null;
        if (fields.TryGetValue("url", out var u) && u.Value.Length > 0
            && (!Uri.TryCreate(u.Value, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            return new(file, u.Line, $"url: '{u.Value}' is not an absolute http(s) URL");
        }

        var paragraphs = ReadParagraphs(lines, close + 1);
        if (paragraphs.Count == 0)
        {
            return new(file, Math.Min(close + 2, lines.Length), "empty body: no paragraphs after the front matter");
        }

        parsed = new ParsedKnowledgeFile(
            new SourceInfo
            {
                Id = id!,
                Title = title!,
                Outlet = outlet!,
                OutletName = Optional(fields, "outletName"),
                Author = author!,
                Dateline = Optional(fields, "dateline"),
                Published = published,
                Url = url,
            },
            paragraphs)
        {
            IdLine = fields["id"].Line,
        };
        return null;
    }

    private static List<string> ReadParagraphs(string[] lines, int start)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (var i = start; i <= lines.Length; i++)
        {
            if (i == lines.Length || string.IsNullOrWhiteSpace(lines[i]))
            {
                if (current.Count > 0)
                {
                    // Soft-wrapped lines of one paragraph join with a space, as Markdown reads them.
                    paragraphs.Add(string.Join(' ', current));
                    current.Clear();
                }

                continue;
            }

            current.Add(lines[i].Trim());
        }

        return paragraphs;
    }

    private static string? Optional(Dictionary<string, (string Value, int Line)> fields, string key) =>
        fields.TryGetValue(key, out var f) && f.Value.Length > 0 ? f.Value : null;

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
