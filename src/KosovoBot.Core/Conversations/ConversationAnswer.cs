using KosovoBot.Core.Answers;

namespace KosovoBot.Core.Conversations;

/// <summary>The answer to one turn of a conversation.</summary>
/// <param name="Answer">The answer, as for a standalone question.</param>
/// <param name="UnderstoodAs">The standalone question the turn was read as, or null when it stood alone.</param>
public sealed record ConversationAnswer(Answer Answer, string? UnderstoodAs);
