namespace KosovoBot.Core.Chat;

/// <summary>
/// One platform-neutral request. A platform's slash command sets <see cref="Command"/> and passes its
/// argument as <see cref="Text"/>; a plain message leaves <see cref="Command"/> null and the router reads
/// <see cref="Text"/> as a question, or as a command when it starts with <c>/</c>.
/// </summary>
public sealed record ChatRequest
{
    /// <summary>The message text or the command's argument, possibly with chat markup.</summary>
    public required string Text { get; init; }

    /// <summary>The command a platform already parsed, or null for a plain message.</summary>
    public ChatCommandName? Command { get; init; }

    /// <summary>Where the request came from.</summary>
    public required ChatOrigin Origin { get; init; }

    /// <summary>
    /// The conversation a question belongs to (a platform thread, reply chain, DM or the console session), so that
    /// a follow-up is read with that conversation's earlier turns and no other; null for a question that stands
    /// alone (slash commands).
    /// </summary>
    public string? ConversationId { get; init; }
}
