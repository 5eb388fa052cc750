namespace KosovoBot.Core.Chat;

/// <summary>Where a request came from; informational for commands and logs, never needed to answer.</summary>
/// <param name="Platform">The adapter name: <c>console</c>, <c>discord</c>, <c>slack</c>.</param>
/// <param name="ChannelId">The channel, DM or conversation id on that platform.</param>
/// <param name="UserId">The asking user's id on that platform.</param>
/// <param name="IsDirectMessage">True for a one-to-one conversation with the bot.</param>
public sealed record ChatOrigin(string Platform, string ChannelId, string UserId, bool IsDirectMessage)
{
    /// <summary>The Discord guild or Slack workspace (team) id; null for a DM outside one and for the console.</summary>
    public string? ServerId { get; init; }

    /// <summary>For a thread, the channel it was started in, whose mode it follows unless the thread has its own; else null.</summary>
    public string? ParentChannelId { get; init; }

    /// <summary>The origin of a line typed into the terminal.</summary>
    public static ChatOrigin Console { get; } = new("console", "console", "console", IsDirectMessage: true);
}
