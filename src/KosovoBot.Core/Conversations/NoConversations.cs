namespace KosovoBot.Core.Conversations;

/// <summary>A store that remembers nothing: every question stands alone.</summary>
public sealed class NoConversations : IConversationStore
{
    /// <summary>The one instance.</summary>
    public static NoConversations Instance { get; } = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<ConversationTurn>> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConversationTurn>>([]);

    /// <inheritdoc />
    public Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task ClearAsync(string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;
}
