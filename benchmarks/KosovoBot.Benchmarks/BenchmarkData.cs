using KosovoBot.Retrieval;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Benchmarks;

/// <summary>Finds the repository's curated knowledge and makes generated corpora.</summary>
internal static class BenchmarkData
{
    /// <summary>The repository's <c>knowledge</c> folder, found by walking up from the running benchmark.</summary>
    public static string KnowledgeDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "knowledge");
            if (File.Exists(Path.Combine(candidate, "voa-nato-to-stay-in-kosovo.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's knowledge folder was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A temp folder with <paramref name="count"/> generated articles plus the curated article and synonyms.</summary>
    public static string GeneratedCorpus(int count)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"kosovobot-bench-{count}-{Environment.ProcessId}");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        ArticleGenerator.Write(directory, count);
        var source = KnowledgeDirectory();
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }

    /// <summary>Loads a knowledge folder and checks nothing was refused.</summary>
    public static KnowledgeBase Load(string directory)
    {
        var result = KnowledgeLoader.Load(directory);
        return result.Refused.Count == 0
            ? result.Knowledge
            : throw new InvalidOperationException("Refused: " + string.Join("; ", result.Refused));
    }

    /// <summary>Default options.</summary>
    public static RetrievalOptions Options { get; } = new();
}
