namespace KosovoBot.Retrieval.Knowledge;

/// <summary>Resolves the configured knowledge directory.</summary>
public static class KnowledgePath
{
    /// <summary>
    /// Resolves <paramref name="configured"/>: an absolute path as is; a relative one against
    /// <paramref name="currentDirectory"/>, or, when that does not exist, against the nearest parent that has it.
    /// </summary>
    /// <param name="configured">The configured path, e.g. <c>knowledge</c>.</param>
    /// <param name="currentDirectory">Where the process runs.</param>
    /// <returns>The full path; the path under <paramref name="currentDirectory"/> when none exists.</returns>
    public static string Resolve(string configured, string currentDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(configured);
        ArgumentException.ThrowIfNullOrEmpty(currentDirectory);
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        var here = Path.GetFullPath(configured, currentDirectory);
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(configured, dir.FullName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return here;
    }
}
