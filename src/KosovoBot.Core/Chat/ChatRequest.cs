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
}
