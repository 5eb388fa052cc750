using System.ComponentModel.DataAnnotations;

namespace KosovoBot.Discord;

/// <summary>Settings of the Discord adapter, bound from the <c>Discord</c> configuration section.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Discord";

    // Three base64url parts separated by dots, as the Developer Portal issues bot tokens.
    internal const string TokenPattern = @"^[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{16,}$";

    /// <summary>The bot token from the Developer Portal (Bot page); set it through the <c>Discord__Token</c> environment variable.</summary>
    [Required(ErrorMessage = "Discord:Token is not set. Copy the bot token from the Developer Portal (Bot > Reset Token) into the Discord__Token environment variable.")]
    [RegularExpression(TokenPattern, ErrorMessage = "Discord:Token is malformed. It must be the bot token from the Developer Portal (three parts separated by dots, without a \"Bot \" prefix).")]
    public string Token { get; set; } = string.Empty;

    /// <summary>The REST base address, with the API version in the path.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>A guild (server) id; when set, slash commands are registered to that guild only, which is instant.</summary>
    [RegularExpression(@"^\d{1,20}$", ErrorMessage = "Discord:GuildId must be a numeric guild id (a snowflake).")]
    public string? GuildId { get; set; }

    /// <summary>One shard this process runs, from 0; <see cref="Shards"/> names several. Unset with both: every shard.</summary>
    [Range(0, 65535, ErrorMessage = "Discord:ShardId must be between 0 and 65535.")]
    public int? ShardId { get; set; }

    /// <summary>
    /// The shards this process runs, e.g. <c>0-3</c> or <c>0,2</c> (or <c>0-1,4</c>), all over one REST client; unset,
    /// <see cref="ShardId"/>, or every shard. Split a big bot's shards over processes this way.
    /// </summary>
    [RegularExpression(@"^\s*\d{1,5}(\s*-\s*\d{1,5})?(\s*,\s*\d{1,5}(\s*-\s*\d{1,5})?)*\s*$", ErrorMessage = "Discord:Shards must list shard ids and ranges, e.g. 0-3 or 0,2.")]
    public string? Shards { get; set; }

    /// <summary>The total number of shards of the bot; unset, the count Discord recommends (<c>GET /gateway/bot</c>).</summary>
    [Range(1, 65536, ErrorMessage = "Discord:ShardCount must be between 1 and 65536.")]
    public int? ShardCount { get; set; }

    /// <summary>
    /// When true, a slash command is first acknowledged with a deferred response and the answer edits it afterwards;
    /// use it when answers may take longer than Discord's 3-second window (an LLM).
    /// </summary>
    public bool DeferReplies { get; set; }

    /// <summary>
    /// When true, the bot asks for the privileged Message Content intent, which lets it read every message in channels
    /// an admin set to <c>questions</c>. Switch the intent on first in the Developer Portal (Bot > Privileged Gateway
    /// Intents > Message Content Intent); otherwise Discord refuses the connection (close 4014).
    /// </summary>
    public bool MessageContent { get; set; }

    /// <summary>How long opening the gateway connection may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a close handshake may take before the socket is aborted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one REST request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a request is retried after a server error or a network failure.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The longest pause between gateway reconnect attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Discord closes the gateway with 4010 (invalid shard) for a shard outside the count; stop before connecting.
        var count = ShardCount ?? 1;
        if (ShardId >= count)
        {
            yield return new ValidationResult($"Discord:ShardId: must be less than Discord:ShardCount ({count}).", [nameof(ShardId)]);
        }
    }
}
