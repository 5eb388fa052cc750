using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Commands;

/// <summary>One command of the bot, the same on every platform.</summary>
public interface IChatCommand
{
    /// <summary>Which command this is.</summary>
    ChatCommandName Name { get; }

    /// <summary>Runs the command with its argument (chat markup already removed; may be empty).</summary>
    Task<ChatReply> ExecuteAsync(string argument, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the command as a turn of <paramref name="conversationId"/> (null: on its own). Only commands that read
    /// the conversation (ask) override it.
    /// </summary>
    Task<ChatReply> ExecuteAsync(string argument, string? conversationId, CancellationToken cancellationToken) =>
        ExecuteAsync(argument, cancellationToken);

    /// <summary>
    /// Runs the command for <paramref name="request"/> (its origin, admin flag and conversation). Only commands that
    /// need more than the conversation (<c>/kosovobot</c>) override it.
    /// </summary>
    Task<ChatReply> ExecuteAsync(ChatRequest request, string argument, CancellationToken cancellationToken) =>
        ExecuteAsync(argument, request?.ConversationId, cancellationToken);
}
