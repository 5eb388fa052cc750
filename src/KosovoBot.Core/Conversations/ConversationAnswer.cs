using KosovoBot.Core.Answers;

namespace KosovoBot.Core.Conversations;

/// <summary>The answer to one turn of a conversation.</summary>
/// <param name="Answer">The answer, as for a standalone question.</param>
/// <param name="UnderstoodAs">
/// The standalone question the turn was read as (with the rewriter's " (context: ...)" tail when it has one), or null
/// when it stood alone.
/// </param>
public sealed record ConversationAnswer(Answer Answer, string? UnderstoodAs)
{
    /// <summary>
    /// <see cref="UnderstoodAs"/> as the asker reads it: without the context tail, saying instead which earlier question
    /// it follows (<c>What is the population? (following "How many troops are in KFOR?")</c>); null when it stood alone.
    /// </summary>
    public string? Reading { get; init; }
}
