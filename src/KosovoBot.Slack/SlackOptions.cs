using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack;

/// <summary>
/// Settings of the Slack adapter, section <c>Slack</c>. Secrets come from environment variables
/// (<c>Slack__BotToken</c>, <c>Slack__AppToken</c>, <c>Slack__SigningSecret</c>); validation messages name the
/// setting and never print its value.
/// </summary>
public sealed class SlackOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Slack";

    /// <summary>The bot token (<c>xoxb-…</c>) used for every Web API call.</summary>
    [Required(ErrorMessage = "Slack:BotToken is required (the bot token that starts with xoxb-).")]
    [RegularExpression("^xoxb-[A-Za-z0-9-]+$", ErrorMessage = "Slack:BotToken must be a bot token that starts with xoxb-.")]
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>); required in Socket Mode.</summary>
    [RegularExpression("^xapp-[A-Za-z0-9-]+$", ErrorMessage = "Slack:AppToken must be an app-level token that starts with xapp-.")]
    public string? AppToken { get; set; }

    /// <summary>The app's signing secret; required in HTTP mode.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Socket Mode (default) or Events over HTTP.</summary>
    [EnumDataType(typeof(SlackMode), ErrorMessage = "Slack:Mode must be SocketMode or Http.")]
    public SlackMode Mode { get; set; } = SlackMode.SocketMode;

    /// <summary>Base address of the Web API, ending with <c>/</c>.</summary>
    [Required(ErrorMessage = "Slack:ApiBaseUrl is required, e.g. https://slack.com/api/.")]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Where the HTTP-mode endpoints listen (HTTP mode only).</summary>
    [Required(ErrorMessage = "Slack:HttpListenUrl is required in HTTP mode, e.g. http://0.0.0.0:3000.")]
    public string HttpListenUrl { get; set; } = "http://0.0.0.0:3000";

    /// <summary>Path of the Events API request URL (HTTP mode).</summary>
    [Required(ErrorMessage = "Slack:EventsPath is required, e.g. /slack/events.")]
    public string EventsPath { get; set; } = "/slack/events";

    /// <summary>Path of the slash command request URL (HTTP mode).</summary>
    [Required(ErrorMessage = "Slack:CommandsPath is required, e.g. /slack/commands.")]
    public string CommandsPath { get; set; } = "/slack/commands";

    /// <summary>Path of the interactivity request URL (HTTP mode): button clicks and form submissions.</summary>
    [Required(ErrorMessage = "Slack:InteractivityPath is required, e.g. /slack/interactivity.")]
    public string InteractivityPath { get; set; } = "/slack/interactivity";

    /// <summary>
    /// Users (ids such as <c>U012AB3CD</c>) who may use <c>/kosovobot</c> besides the workspace's admins and owners,
    /// e.g. <c>Slack:AdminUsers:0</c>.
    /// </summary>
    public IList<string> AdminUsers { get; } = [];

    /// <summary>How long an answer of <c>users.info</c> (is the user a workspace admin or owner?) is reused.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Slack:AdminCacheDuration must be between 0 and 1 day.")]
    public TimeSpan AdminCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The slash command names.</summary>
    [ValidateObjectMembers]
    public SlackCommandOptions Commands { get; set; } = new();

    /// <summary>Timeout of one Web API call.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Slack:RequestTimeout must be between 1 second and 5 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a slash command may take to answer inside its acknowledgement (Slack allows 3 s in all).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02.500", ErrorMessage = "Slack:SlashCommandReplyBudget must be between 0.1 and 2.5 seconds.")]
    public TimeSpan SlashCommandReplyBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait for <c>hello</c> after a Socket Mode connect.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Slack:HelloTimeout must be between 1 second and 5 minutes.")]
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a WebSocket close handshake may take before the socket is aborted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Slack:CloseTimeout must be between 0.1 and 60 seconds.")]
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a connection that Slack asked to replace may keep delivering before the bot closes it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Slack:ReplacedConnectionGrace must be between 1 second and 5 minutes.")]
    public TimeSpan ReplacedConnectionGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First reconnect or retry delay; it doubles up to <see cref="MaxBackoff"/>, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "Slack:InitialBackoff must be between 10 ms and 1 minute.")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest reconnect or retry delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "Slack:MaxBackoff must be between 10 ms and 10 minutes.")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a Web API call is retried after a transient error (429s are always waited out).</summary>
    [Range(0, 10, ErrorMessage = "Slack:MaxTransientRetries must be between 0 and 10.")]
    public int MaxTransientRetries { get; set; } = 3;

    /// <summary>How many handled event ids are remembered to drop redeliveries.</summary>
    [Range(16, 1_000_000, ErrorMessage = "Slack:DedupeCapacity must be between 16 and 1000000.")]
    public int DedupeCapacity { get; set; } = 4096;

    /// <summary>How many replies are worked on at once.</summary>
    [Range(1, 64, ErrorMessage = "Slack:ReplyWorkers must be between 1 and 64.")]
    public int ReplyWorkers { get; set; } = 4;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Mode == SlackMode.SocketMode && string.IsNullOrWhiteSpace(AppToken))
        {
            yield return new ValidationResult(
                "Slack:AppToken is required in Socket Mode (an app-level token that starts with xapp-, scope connections:write); "
                + "or set Slack:Mode to Http with Slack:SigningSecret.",
                [nameof(AppToken)]);
        }

        if (Mode == SlackMode.Http && string.IsNullOrWhiteSpace(SigningSecret))
        {
            yield return new ValidationResult(
                "Slack:SigningSecret is required when Slack:Mode is Http (Basic Information > Signing Secret in the app settings).",
                [nameof(SigningSecret)]);
        }

        if (ApiBaseUrl is not null && (!ApiBaseUrl.IsAbsoluteUri || !ApiBaseUrl.AbsolutePath.EndsWith('/')))
        {
            yield return new ValidationResult("Slack:ApiBaseUrl must be an absolute URL ending with /.", [nameof(ApiBaseUrl)]);
        }

        if (Mode == SlackMode.Http && !Uri.TryCreate(HttpListenUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Slack:HttpListenUrl must be an absolute URL such as http://0.0.0.0:3000.", [nameof(HttpListenUrl)]);
        }

        if (MaxBackoff < InitialBackoff)
        {
            yield return new ValidationResult("Slack:MaxBackoff must not be shorter than Slack:InitialBackoff.", [nameof(MaxBackoff)]);
        }
    }
}
