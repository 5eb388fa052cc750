namespace KosovoBot.Core.Conversations;

/// <summary>A question as understood in its conversation.</summary>
/// <param name="Kind">How it leans on the earlier turns.</param>
/// <param name="Question">The standalone question: the question itself when it stands alone.</param>
/// <param name="Previous">The earlier turn it refers to, for every kind but <see cref="FollowUpKind.Standalone"/>.</param>
/// <param name="Subject">
/// The comparison's other side ("the december 10 deadline"), the guess to check ("the spokesman"), or the person
/// asked about; null otherwise.
/// </param>
public sealed record FollowUp(FollowUpKind Kind, string Question, ConversationTurn? Previous = null, string? Subject = null)
{
    /// <summary>A question that stands alone.</summary>
    public static FollowUp Standalone(string question) => new(FollowUpKind.Standalone, question);
}
