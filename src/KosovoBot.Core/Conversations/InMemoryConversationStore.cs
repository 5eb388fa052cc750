using Microsoft.Extensions.Options;

namespace KosovoBot.Core.Conversations;

/// <summary>
/// Conversations in this process's memory: the last <see cref="ConversationOptions.MaxTurns"/> turns of each,
/// forgotten after <see cref="ConversationOptions.Ttl"/> without a new turn, and at most
/// <see cref="MaxConversations"/> conversations (the longest idle goes first), so memory stays bounded.
/// </summary>
public sealed class InMemoryConversationStore(IOptions<ConversationOptions> options, TimeProvider time) : IConversationStore
{
    /// <summary>The most conversations kept at once.</summary>
    public const int MaxConversations = 10_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<ConversationTurn>> _conversations = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<IReadOnlyList<ConversationTurn>> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (!_conversations.TryGetValue(conversationId, out var turns))
            {
                return Task.FromResult<IReadOnlyList<ConversationTurn>>([]);
            }

            if (IsExpired(turns, now))
            {
                _conversations.Remove(conversationId);
                return Task.FromResult<IReadOnlyList<ConversationTurn>>([]);
            }

            return Task.FromResult<IReadOnlyList<ConversationTurn>>([.. turns]);
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(turn);
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (!_conversations.TryGetValue(conversationId, out var turns) || IsExpired(turns, now))
            {
                if (_conversations.Count >= MaxConversations)
                {
                    Evict(now);
                }

                turns = [];
                _conversations[conversationId] = turns;
            }

            turns.Add(turn);
            var extra = turns.Count - options.Value.MaxTurns;
            if (extra > 0)
            {
                turns.RemoveRange(0, extra);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        lock (_lock)
        {
            _conversations.Remove(conversationId);
        }

        return Task.CompletedTask;
    }

    private bool IsExpired(List<ConversationTurn> turns, DateTimeOffset now) =>
        turns.Count == 0 || now - turns[^1].At > options.Value.Ttl;

    private void Evict(DateTimeOffset now)
    {
        foreach (var (id, _) in _conversations.Where(pair => IsExpired(pair.Value, now)).ToList())
        {
            _conversations.Remove(id);
        }

        if (_conversations.Count >= MaxConversations)
        {
            var oldest = _conversations.MinBy(pair => pair.Value[^1].At).Key;
            _conversations.Remove(oldest);
        }
    }
}
