namespace KosovoBot.Slack.Api;

/// <summary>Who the bot is in the workspace, learned from <c>auth.test</c> at start-up.</summary>
/// <param name="UserId">The bot user (<c>U…</c>), mentioned as <c>&lt;@U…&gt;</c>.</param>
/// <param name="BotId">The bot id (<c>B…</c>) its own messages carry, when Slack reports it.</param>
/// <param name="TeamId">The workspace.</param>
internal sealed record SlackBotIdentity(string UserId, string? BotId, string? TeamId)
{
    /// <summary>The bot token's scopes from the <c>X-OAuth-Scopes</c> response header, or null when Slack did not send it.</summary>
    public IReadOnlySet<string>? Scopes { get; init; }
}
