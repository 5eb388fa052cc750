using System.Globalization;
using System.Text;
using KosovoBot.ConsoleChat;
using KosovoBot.Retrieval.Import;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Cli;

/// <summary>
/// Imports raw articles and writes them into the knowledge folder, never overwriting unless told to and never
/// anywhere else. Raw files are read as UTF-8 (refused at the first bad line) unless an encoding is given.
/// </summary>
internal sealed class KnowledgeFileWriter(
    string knowledgeDirectory, bool overwrite, Encoding? sourceEncoding, long maxFileBytes, ConsoleStreams streams)
{
    /// <summary>Imports <paramref name="file"/>; false (with the reason on standard error) when it cannot.</summary>
    public async Task<bool> ImportAsync(FileInfo file, ImportOverrides overrides, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await streams.Error.WriteLineAsync($"{file.FullName}: no such file");
            return false;
        }

        // The knowledge file would be refused at load anyway: say so now, before reading it.
        if (file.Length > maxFileBytes)
        {
            await streams.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{file.FullName}: larger than {maxFileBytes:N0} bytes ({file.Length:N0} bytes); split the article or raise Knowledge:MaxFileBytes"));
            return false;
        }

        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        var raw = sourceEncoding is null ? Utf8Text.TryDecode(bytes, out var badLine) : Decode(bytes, sourceEncoding, out badLine);
        if (raw is null)
        {
            await streams.Error.WriteLineAsync(sourceEncoding is null
                ? $"{file.FullName}:{badLine}: not UTF-8; convert it, or pass its encoding with --encoding (e.g. latin1)"
                : $"{file.FullName}:{badLine}: not {sourceEncoding.WebName}");
            return false;
        }

        ImportedArticle article;
        try
        {
            article = ArticleImporter.Import(raw, overrides);
        }
        catch (ArticleImportException ex)
        {
            await streams.Error.WriteLineAsync($"{file.FullName}: {ex.Message}");
            return false;
        }

        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(knowledgeDirectory));
        var target = Path.GetFullPath(Path.Combine(folder, article.FileName));
        if (!IsInside(folder, target))
        {
            await streams.Error.WriteLineAsync($"{target}: outside the knowledge folder {folder}; nothing written");
            return false;
        }

        if (File.Exists(target) && !overwrite)
        {
            await streams.Error.WriteLineAsync($"{target}: already exists; use --force to overwrite it");
            return false;
        }

        Directory.CreateDirectory(knowledgeDirectory);
        await File.WriteAllTextAsync(target, article.ToKnowledgeFile(), cancellationToken);
        await streams.Output.WriteLineAsync(
            $"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, target)}: \"{article.Source.Title}\", {article.Paragraphs.Count} paragraphs. Run 'knowledge check' to see its statements.");
        return true;
    }

    // Checked on the resolved path (no "..", no link pointing out), not on the id alone.
    private static bool IsInside(string folder, string target)
    {
        if (!string.Equals(Path.GetDirectoryName(target), folder, StringComparison.Ordinal))
        {
            return false;
        }

        // A link, even one to a file that does not exist yet, is followed by the write: check where it ends.
        var info = new FileInfo(target);
        if (info.LinkTarget is null)
        {
            return true;
        }

        try
        {
            var final = info.ResolveLinkTarget(returnFinalTarget: true);
            return final is not null && string.Equals(Path.GetDirectoryName(final.FullName), folder, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false; // a loop of links
        }
    }

    private static string? Decode(byte[] bytes, Encoding encoding, out int badLine)
    {
        badLine = 0;
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            badLine = bytes.AsSpan(0, Math.Clamp(ex.Index, 0, bytes.Length)).Count((byte)'\n') + 1;
            return null;
        }
    }
}
