using System.ComponentModel.DataAnnotations;

namespace KosovoBot.Storage;

/// <summary>
/// Where settings, their audit trail, question records, feedback and limit counters are kept (section <c>Storage</c>)
/// when <c>Redis:Connection</c> is not set.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Storage";

    /// <summary>The default database file, under the working folder.</summary>
    public const string DefaultPath = "data/kosovobot.db";

    /// <summary>
    /// The SQLite database file, absolute or relative to the working folder. Created (with its folder) on first use.
    /// </summary>
    [Required(ErrorMessage = "Storage:Path must name a database file (e.g. data/kosovobot.db).")]
    [RegularExpression(@"^[^\u0000]*[^\\/\u0000]$", ErrorMessage = "Storage:Path must name a file, not a folder.")]
    public string Path { get; set; } = DefaultPath;

    /// <summary>How long a write waits for another process that holds the file before start-up or a write fails.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a question asked in chat, its reply and the feedback on it are kept (for the gap report); older ones are
    /// deleted at start and every hour. Settings and their audit trail are kept for good.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan KeepQuestions { get; set; } = TimeSpan.FromDays(90);
}
