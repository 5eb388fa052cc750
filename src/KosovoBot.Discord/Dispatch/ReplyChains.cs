namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Which conversation each answered message belongs to, so that a reply to the bot's answer (whose
/// <c>referenced_message</c> points back at the question it answered) continues that conversation. Holds the last
/// few thousand messages; the conversation store forgets idle conversations on its own.
/// </summary>
internal sealed class ReplyChains
{
    private const int Capacity = 8192;
    private readonly BoundedMap _conversations = new(Capacity);

    /// <summary>The conversation of message <paramref name="messageId"/>, or null when it is not known.</summary>
    public string? Find(string? messageId) => _conversations.Find(messageId);

    /// <summary>Records that message <paramref name="messageId"/> is a turn of <paramref name="conversationId"/>.</summary>
    public void Add(string messageId, string conversationId) => _conversations.TryAdd(messageId, conversationId);
}
