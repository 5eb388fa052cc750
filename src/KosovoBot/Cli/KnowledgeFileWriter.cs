using KosovoBot.ConsoleChat;
using KosovoBot.Retrieval.Import;

namespace KosovoBot.Cli;

/// <summary>Imports raw articles and writes them into the knowledge folder, never overwriting unless told to.</summary>
internal sealed class KnowledgeFileWriter(string knowledgeDirectory, bool overwrite, ConsoleStreams streams)
{
    /// <summary>Imports <paramref name="file"/>; false (with the reason on standard error) when it cannot.</summary>
    public async Task<bool> ImportAsync(FileInfo file, ImportOverrides overrides, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await streams.Error.WriteLineAsync($"{file.FullName}: no such file");
            return false;
        }

        ImportedArticle article;
        try
        {
            article = ArticleImporter.Import(await File.ReadAllTextAsync(file.FullName, cancellationToken), overrides);
        }
        catch (ArticleImportException ex)
        {
            await streams.Error.WriteLineAsync($"{file.FullName}: {ex.Message}");
            return false;
        }

        var target = Path.Combine(knowledgeDirectory, article.FileName);
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
}
