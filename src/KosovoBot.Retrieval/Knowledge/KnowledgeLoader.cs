using System.Globalization;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Analysis;
using KosovoBot.Retrieval.Statements;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>
/// Loads every <c>*.md</c> file of a knowledge directory (in file-name order) and its <c>synonyms.txt</c>.
/// A bad file is refused with <c>file:line: reason</c>; the others load. A file whose id another file already
/// uses is refused too: the file served before keeps the id, else the first file by name.
/// </summary>
public static class KnowledgeLoader
{
    /// <summary>The synonyms file's name.</summary>
    public const string SynonymsFileName = "synonyms.txt";

    /// <summary>Loads <paramref name="directory"/>.</summary>
    /// <param name="directory">The knowledge directory.</param>
    /// <returns>The documents and the refused files; empty when the directory does not exist.</returns>
    public static KnowledgeLoadResult Load(string directory) => Load(directory, previous: null);

    /// <summary>Loads <paramref name="directory"/>, refusing files larger than <paramref name="maxFileBytes"/>.</summary>
    /// <param name="directory">The knowledge directory.</param>
    /// <param name="maxFileBytes">The largest file loaded (<see cref="KnowledgeOptions.MaxFileBytes"/>).</param>
    /// <returns>The documents and the refused files; empty when the directory does not exist.</returns>
    public static KnowledgeLoadResult Load(string directory, long maxFileBytes) => Load(directory, previous: null, maxFileBytes: maxFileBytes);

    /// <summary>Reads and cuts one knowledge file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="displayName">The name used in messages, e.g. <c>knowledge/x.md</c>.</param>
    /// <param name="error">Why the file is refused, when it is.</param>
    /// <returns>The document, or null when refused.</returns>
    public static KnowledgeDocument? LoadFile(string path, string displayName, out KnowledgeFileError? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LoadFile(path, displayName, StatementBuilder.Build, KnowledgeOptions.DefaultMaxFileBytes, out error, out _);
    }

    /// <summary>
    /// Loads <paramref name="directory"/>, keeping from <paramref name="previous"/> the last good version of a file
    /// that is now bad, the owner of an id that a new file also claims, and the synonyms when they cannot be read.
    /// </summary>
    /// <param name="directory">The knowledge directory.</param>
    /// <param name="previous">The load served until now, or null on the first load.</param>
    /// <param name="cut">Cuts a parsed file into statements; <see cref="StatementBuilder.Build"/> unless a test replaces it.</param>
    /// <param name="maxFileBytes">The largest file loaded; larger ones are refused unread.</param>
    /// <param name="cancellationToken">Stops the load between files (a reload given up at shutdown).</param>
    internal static KnowledgeLoadResult Load(
        string directory,
        KnowledgeLoadResult? previous,
        Func<ParsedKnowledgeFile, KnowledgeDocument>? cut = null,
        long maxFileBytes = KnowledgeOptions.DefaultMaxFileBytes,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            return new KnowledgeLoadResult(KnowledgeBase.Empty, []);
        }

        cut ??= StatementBuilder.Build;
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var previousGood = previous?.GoodByPath;
        var refused = new List<KnowledgeFileError>();
        var loaded = new List<(string Path, string Display, KnowledgeDocument Document, int IdLine)>();
        foreach (var file in Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.GetFullPath(file);
            var display = folder + "/" + Path.GetFileName(file);
            var document = LoadFile(path, display, cut, maxFileBytes, out var error, out var idLine);
            if (error is not null)
            {
                refused.Add(error);
                document = previousGood?.GetValueOrDefault(path);
            }

            if (document is not null)
            {
                loaded.Add((path, display, document, idLine));
            }
        }

        var owners = IdOwners(loaded, previousGood);
        var documents = new List<KnowledgeDocument>();
        var good = new Dictionary<string, KnowledgeDocument>(StringComparer.Ordinal);
        foreach (var (path, display, document, idLine) in loaded)
        {
            var owner = owners[document.Source.Id];
            if (!string.Equals(owner.Path, path, StringComparison.Ordinal))
            {
                refused.Add(new KnowledgeFileError(display, idLine, $"id '{document.Source.Id}' is already used by {owner.Display}"));
                continue;
            }

            documents.Add(document);
            good[path] = document;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var synonyms = LoadSynonyms(directory, folder, previous?.Knowledge.SynonymRules, maxFileBytes, refused);
        KnowledgeFileError[] inOrder = [.. refused.OrderBy(static e => e.File, StringComparer.Ordinal)]; // stable: a file's lines stay in order
        return new KnowledgeLoadResult(new KnowledgeBase(documents, synonyms), inOrder) { GoodByPath = good };
    }

    // A curator who copies a served article (say as 000-draft.md) must not replace it by sorting first: the file
    // that served an id before keeps it. Only a new id goes to the first file by name.
    private static Dictionary<string, (string Path, string Display)> IdOwners(
        List<(string Path, string Display, KnowledgeDocument Document, int IdLine)> loaded,
        IReadOnlyDictionary<string, KnowledgeDocument>? previousGood)
    {
        var owners = new Dictionary<string, (string Path, string Display)>(StringComparer.Ordinal);
        foreach (var (path, display, document, _) in loaded)
        {
            if (previousGood?.GetValueOrDefault(path)?.Source.Id == document.Source.Id)
            {
                owners.TryAdd(document.Source.Id, (path, display));
            }
        }

        foreach (var (path, display, document, _) in loaded)
        {
            owners.TryAdd(document.Source.Id, (path, display));
        }

        return owners;
    }

    // Every rule is parsed as the index will parse it, so a bad rule is refused here with the file and line (and
    // fails `knowledge check`) instead of being skipped silently at index build. A bad line is left out, the good
    // rules stay served; a file that cannot be read keeps the rules served before.
    private static string LoadSynonyms(string directory, string folder, string? previousRules, long maxFileBytes, List<KnowledgeFileError> refused)
    {
        var path = Path.Combine(directory, SynonymsFileName);
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        var display = folder + "/" + SynonymsFileName;
        var text = ReadText(path, display, maxFileBytes, out var error);
        if (text is null)
        {
            refused.Add(error!);
            return previousRules ?? string.Empty;
        }

        var bad = SynonymMapFactory.FindBadRules(text);
        if (bad.Count == 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        foreach (var (line, reason) in bad)
        {
            refused.Add(new KnowledgeFileError(display, line, $"bad synonym rule: {reason}"));
            lines[line - 1] = string.Empty; // blanked, not removed, so later line numbers stay the same
        }

        return string.Join('\n', lines);
    }

    private static KnowledgeDocument? LoadFile(
        string path,
        string displayName,
        Func<ParsedKnowledgeFile, KnowledgeDocument> cut,
        long maxFileBytes,
        out KnowledgeFileError? error,
        out int idLine)
    {
        idLine = 1;
        var text = ReadText(path, displayName, maxFileBytes, out error);
        if (text is null)
        {
            return null;
        }

        error = KnowledgeFileParser.TryParse(displayName, text, out var parsed);
        if (parsed is null)
        {
            return null;
        }

        idLine = parsed.IdLine;
        try
        {
            return cut(parsed);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug the statement builder meets on one article must not lose the others (nor stop the host).
            error = new KnowledgeFileError(displayName, 1, $"cannot cut into statements: {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    // The size is checked before reading, so a huge file costs nothing; the bytes are decoded strictly, so a file
    // in another encoding is refused at its first bad line instead of served with replacement characters.
    private static string? ReadText(string path, string displayName, long maxFileBytes, out KnowledgeFileError? error)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > maxFileBytes)
            {
                error = new KnowledgeFileError(
                    displayName,
                    0,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"larger than {maxFileBytes:N0} bytes ({stream.Length:N0} bytes); split the article or raise Knowledge:MaxFileBytes"));
                return null;
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Being written or gone: refused now, and a later reload sees the finished file.
            error = new KnowledgeFileError(displayName, 1, "cannot read the file");
            return null;
        }

        var text = Utf8Text.TryDecode(bytes, out var badLine);
        error = text is null ? new KnowledgeFileError(displayName, badLine, "not UTF-8") : null;
        return text;
    }
}
