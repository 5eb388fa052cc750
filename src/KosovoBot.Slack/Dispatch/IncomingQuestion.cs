namespace KosovoBot.Slack.Dispatch;

/// <summary>A human's message the bot answers.</summary>
/// <param name="ChannelId">Where it was posted.</param>
/// <param name="UserId">Who asked.</param>
/// <param name="Text">The text without the bot's mention.</param>
/// <param name="ThreadTs">The thread to answer in (the parent's ts), or null to answer inline (a DM outside a thread).</param>
/// <param name="IsDirectMessage">True in a DM with the bot.</param>
/// <param name="ConversationId">The conversation the question is a turn of: its thread, or the DM.</param>
internal sealed record IncomingQuestion(string ChannelId, string UserId, string Text, string? ThreadTs, bool IsDirectMessage, string ConversationId);
