namespace KosovoBot.Core.Conversations;

/// <summary>
/// The earlier turns of each conversation, private to it: a conversation id names one platform thread, reply
/// chain, DM or console session, and a caller only ever reads the id it was given. Implementations keep at most
/// <see cref="ConversationOptions.MaxTurns"/> turns and forget a conversation idle for longer than
/// <see cref="ConversationOptions.Ttl"/>. The default keeps them in memory; a shared store can implement this later.
/// </summary>
public interface IConversationStore
{
    /// <summary>The conversation's kept turns, oldest first; empty when it is new or was forgotten.</summary>
    Task<IReadOnlyList<ConversationTurn>> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="turn"/> to the conversation, dropping the oldest turns beyond the limit.</summary>
    Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken);

    /// <summary>Forgets the conversation (the console's <c>/new</c>).</summary>
    Task ClearAsync(string conversationId, CancellationToken cancellationToken);
}
