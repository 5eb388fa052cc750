using System.ComponentModel.DataAnnotations;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>Where the knowledge files are and whether changes are picked up while running.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The configuration section: <c>Knowledge</c>.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>
    /// The knowledge directory. A relative path resolves against the current directory, or failing that the nearest
    /// parent directory that has a folder of that name (so running from a subfolder still finds it).
    /// </summary>
    [Required]
    [MinLength(1)]
    public string Path { get; set; } = "knowledge";

    /// <summary>Whether to watch the directory and reload added, changed and removed files.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>The default of <see cref="MaxFileBytes"/>: 2 MB, several times the longest news article.</summary>
    public const long DefaultMaxFileBytes = 2 * 1024 * 1024;

    /// <summary>
    /// A knowledge file larger than this is refused (<c>file: larger than ...</c>) instead of loaded, so that one
    /// huge file pasted into the folder cannot hold up reloads and shutdown.
    /// </summary>
    [Range(1024L, 1024L * 1024 * 1024, ErrorMessage = "Knowledge:MaxFileBytes must be between 1024 and 1073741824 (bytes).")]
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>How long the directory must stay quiet before a reload, so one save reloads once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(250);
}
