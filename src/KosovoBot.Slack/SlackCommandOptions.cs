using System.ComponentModel.DataAnnotations;

namespace KosovoBot.Slack;

/// <summary>
/// The slash command names the app registers, configurable because a workspace may already use one of them
/// (for example another app's <c>/ask</c>). Each must match the command in the app manifest.
/// </summary>
public sealed class SlackCommandOptions
{
    /// <summary>Answers a question; <c>Slack:Commands:Ask</c>, default <c>/ask</c>.</summary>
    [Required(ErrorMessage = "Slack:Commands:Ask must name a slash command such as /ask.")]
    [RegularExpression(SlashPattern, ErrorMessage = "Slack:Commands:Ask must start with / and hold no spaces.")]
    public string Ask { get; set; } = "/ask";

    /// <summary>Lists the dated events; <c>Slack:Commands:Deadlines</c>, default <c>/deadlines</c>.</summary>
    [Required(ErrorMessage = "Slack:Commands:Deadlines must name a slash command such as /deadlines.")]
    [RegularExpression(SlashPattern, ErrorMessage = "Slack:Commands:Deadlines must start with / and hold no spaces.")]
    public string Deadlines { get; set; } = "/deadlines";

    /// <summary>Finds direct quotations; <c>Slack:Commands:Quote</c>, default <c>/quote</c>.</summary>
    [Required(ErrorMessage = "Slack:Commands:Quote must name a slash command such as /quote.")]
    [RegularExpression(SlashPattern, ErrorMessage = "Slack:Commands:Quote must start with / and hold no spaces.")]
    public string Quote { get; set; } = "/quote";

    /// <summary>Lists the articles; <c>Slack:Commands:Sources</c>, default <c>/sources</c>.</summary>
    [Required(ErrorMessage = "Slack:Commands:Sources must name a slash command such as /sources.")]
    [RegularExpression(SlashPattern, ErrorMessage = "Slack:Commands:Sources must start with / and hold no spaces.")]
    public string Sources { get; set; } = "/sources";

    /// <summary>Shows usage; <c>Slack:Commands:Help</c>, default <c>/help</c>.</summary>
    [Required(ErrorMessage = "Slack:Commands:Help must name a slash command such as /help.")]
    [RegularExpression(SlashPattern, ErrorMessage = "Slack:Commands:Help must start with / and hold no spaces.")]
    public string Help { get; set; } = "/help";

    /// <summary>The admins' settings command; <c>Slack:Commands:Manage</c>, default <c>/kosovobot</c>.</summary>
    [Required(ErrorMessage = "Slack:Commands:Manage must name a slash command such as /kosovobot.")]
    [RegularExpression(SlashPattern, ErrorMessage = "Slack:Commands:Manage must start with / and hold no spaces.")]
    public string Manage { get; set; } = "/kosovobot";

    private const string SlashPattern = @"^/[\w\-]{1,31}$";
}
