namespace KosovoBot.Slack.Dispatch;

/// <summary>A human's message the bot answers.</summary>
/// <param name="ChannelId">Where it was posted.</param>
/// <param name="UserId">Who asked.</param>
/// <param name="Text">The text without the bot's mention.</param>
/// <param name="ThreadTs">The thread to answer in (the parent's ts), or null to answer inline (a DM outside a thread).</param>
/// <param name="IsDirectMessage">True in a DM with the bot.</param>
/// <param name="ConversationId">The conversation the question is a turn of: its thread, or the DM.</param>
internal sealed record IncomingQuestion(string ChannelId, string UserId, string Text, string? ThreadTs, bool IsDirectMessage, string ConversationId)
{
    /// <summary>The workspace (the event callback's <c>team_id</c>), or null when the callback did not say.</summary>
    public string? TeamId { get; init; }

    /// <summary>
    /// True for a plain channel message (<c>message.channels</c>) that reads as a question but does not mention the bot:
    /// answered only where the channel is set to <c>questions</c>.
    /// </summary>
    public bool IsChannelMessage { get; init; }

    /// <summary>
    /// True when the question was itself posted in a thread; an ephemeral reply goes into <see cref="ThreadTs"/> only then,
    /// because Slack shows an ephemeral message in a thread only when the thread already exists.
    /// </summary>
    public bool InExistingThread { get; init; }
}
