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

    /// <summary>
    /// True when the asker may change the bot's settings here (<c>/kosovobot</c>): a Discord member with Manage Server,
    /// a Slack workspace admin or a user in <c>Slack:AdminUsers</c>. The adapter decides; the console is always admin.
    /// </summary>
    public bool IsAdmin { get; init; }

    /// <summary>True when the asker wants the answer only for themselves (<c>/ask private: true</c>, Slack <c>/ask -p</c>).</summary>
    public bool Private { get; init; }

    /// <summary>
    /// True when the question and its reply are kept (chat platforms and the console chat) for feedback, sharing and the
    /// gap report; the command line's <c>ask</c> keeps nothing unless given <c>--record</c>.
    /// </summary>
    public bool Record { get; init; }
}
