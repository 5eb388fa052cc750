namespace KosovoBot.Core.Conversations;

/// <summary>How much of a conversation a follow-up question sees (section <c>Conversation</c>).</summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Conversation";

    /// <summary>At most this many earlier turns of a conversation are kept (1-50).</summary>
    public int MaxTurns { get; set; } = 6;

    /// <summary>A conversation idle for longer is forgotten (1 second to 1 day).</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(30);
}
