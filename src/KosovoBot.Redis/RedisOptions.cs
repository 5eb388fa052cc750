using System.ComponentModel.DataAnnotations;

namespace KosovoBot.Redis;

/// <summary>The shared store of several replicas (section <c>Redis</c>); off while <see cref="Connection"/> is empty.</summary>
public sealed class RedisOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string, e.g. <c>localhost:6379</c> or <c>redis:6379,password=...</c>
    /// (Redis or Garnet). Empty: every replica keeps its own state in memory.
    /// </summary>
    public string? Connection { get; set; }

    /// <summary>Put before every key, so that several bots (or environments) can share one server.</summary>
    [Required(ErrorMessage = "Redis:KeyPrefix must not be empty.")]
    [RegularExpression(@"^[A-Za-z0-9:_\-\.]{1,64}$", ErrorMessage = "Redis:KeyPrefix must be 1-64 letters, digits or : _ - .")]
    public string KeyPrefix { get; set; } = "kosovobot:";

    /// <summary>How long a handled event id is remembered (Slack retries within minutes; Discord replays on resume).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Redis:EventTtl must be between 1 minute and 7 days (hh:mm:ss).")]
    public TimeSpan EventTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long connecting at start-up, and each command, may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Redis:Timeout must be between 100 ms and 1 minute (hh:mm:ss).")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
