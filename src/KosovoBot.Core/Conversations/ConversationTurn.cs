using KosovoBot.Core.Answers;

namespace KosovoBot.Core.Conversations;

/// <summary>One question of a conversation and what the bot answered.</summary>
/// <param name="Question">The question as the user asked it (chat markup removed).</param>
/// <param name="Standalone">The question as it was understood and answered, with the conversation's references filled in.</param>
/// <param name="Answer">The answer given.</param>
/// <param name="At">When it was answered.</param>
/// <param name="Kind">How it leaned on the turns before it.</param>
public sealed record ConversationTurn(string Question, string Standalone, Answer Answer, DateTimeOffset At, FollowUpKind Kind = FollowUpKind.Standalone);
