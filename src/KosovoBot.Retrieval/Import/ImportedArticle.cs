using System.Globalization;
using System.Text;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Import;

/// <summary>A raw article turned into front matter and body paragraphs.</summary>
/// <param name="Source">The front matter.</param>
/// <param name="Paragraphs">The body paragraphs, verbatim.</param>
public sealed record ImportedArticle(SourceInfo Source, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The knowledge file text: front matter between <c>---</c> lines, a blank line, paragraphs separated by blank lines.</summary>
    /// <returns>The file's content, ending with a newline.</returns>
    public string ToKnowledgeFile()
    {
        var text = new StringBuilder();
        text.Append("---\n");
        Field(text, "id", Source.Id);
        Field(text, "title", Source.Title);
        Field(text, "outlet", Source.Outlet);
        Field(text, "outletName", Source.OutletName);
        Field(text, "author", Source.Author);
        Field(text, "dateline", Source.Dateline);
        Field(text, "published", Source.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(text, "url", Source.Url?.AbsoluteUri);
        text.Append("---\n");
        foreach (var paragraph in Paragraphs)
        {
            text.Append('\n').Append(paragraph).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The file name the article gets in <c>knowledge/</c>: <c>{id}.md</c>.</summary>
    public string FileName => Source.Id + ".md";

    private static void Field(StringBuilder text, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append(key).Append(": ").Append(value).Append('\n');
        }
    }
}
