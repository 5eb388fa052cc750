using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Statements;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// Loads every <c>*.md</c> file of a knowledge directory (in file-name order) and its <c>synonyms.txt</c>.
/// A bad file is refused with <c>file:line: reason</c>; the others load. A file whose id another file already
/// used is refused too.
/// </summary>
public static class KnowledgeLoader
{
    /// <summary>The synonyms file's name.</summary>
    public const string SynonymsFileName = "synonyms.txt";

    /// <summary>Loads <paramref name="directory"/>.</summary>
    /// <param name="directory">The knowledge directory.</param>
    /// <returns>The documents and the refused files; empty when the directory does not exist.</returns>
    public static KnowledgeLoadResult Load(string directory) => Load(directory, previousGood: null);

    /// <summary>Reads and cuts one knowledge file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="displayName">The name used in messages, e.g. <c>knowledge/x.md</c>.</param>
    /// <param name="error">Why the file is refused, when it is.</param>
    /// <returns>The document, or null when refused.</returns>
    public static KnowledgeDocument? LoadFile(string path, string displayName, out KnowledgeFileError? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LoadFile(path, displayName, out error, out _);
    }

    /// <summary>Loads <paramref name="directory"/>, keeping the previous good version of a file that is now bad.</summary>
    internal static KnowledgeLoadResult Load(string directory, IReadOnlyDictionary<string, KnowledgeDocument>? previousGood)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            return new KnowledgeLoadResult(KnowledgeBase.Empty, []);
        }

        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var files = Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal);
        var documents = new List<KnowledgeDocument>();
        var refused = new List<KnowledgeFileError>();
        var good = new Dictionary<string, KnowledgeDocument>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var display = folder + "/" + Path.GetFileName(path);
            var document = LoadFile(path, display, out var error, out var idLine);
            if (error is not null)
            {
                refused.Add(error);
                document = previousGood?.GetValueOrDefault(Path.GetFullPath(path));
            }

            if (document is null)
            {
                continue;
            }

            if (ids.TryGetValue(document.Source.Id, out var owner))
            {
                refused.Add(new KnowledgeFileError(display, idLine, $"duplicate id '{document.Source.Id}' (already used by {owner})"));
                continue;
            }

            ids[document.Source.Id] = display;
            documents.Add(document);
            good[Path.GetFullPath(path)] = document;
        }

        var synonymsPath = Path.Combine(directory, SynonymsFileName);
        var synonyms = File.Exists(synonymsPath) ? ReadText(synonymsPath) ?? string.Empty : string.Empty;
        return new KnowledgeLoadResult(new KnowledgeBase(documents, synonyms), refused) { GoodByPath = good };
    }

    private static KnowledgeDocument? LoadFile(string path, string displayName, out KnowledgeFileError? error, out int idLine)
    {
        idLine = 1;
        var text = ReadText(path);
        if (text is null)
        {
            error = new KnowledgeFileError(displayName, 1, "cannot read the file");
            return null;
        }

        error = KnowledgeFileParser.TryParse(displayName, text, out var parsed);
        if (parsed is null)
        {
            return null;
        }

        idLine = parsed.IdLine;
        return StatementBuilder.Build(parsed);
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null; // being written or gone: the caller refuses it and a later reload sees the finished file
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
