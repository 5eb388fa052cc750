using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Commands;

/// <summary>
/// Answers a question with a short answer and verbatim quotes, or declines. In a conversation a follow-up is read
/// with the conversation's earlier turns, and the reply says how it was read.
/// </summary>
public sealed class AskCommand : IChatCommand
{
    private readonly ConversationAnswerer _answers;

    /// <summary>Answers every question on its own (no conversations).</summary>
    public AskCommand(IAnswerService answers)
        : this(new ConversationAnswerer(answers, NoConversations.Instance, TimeProvider.System))
    {
    }

    /// <summary>Answers questions in their conversations.</summary>
    public AskCommand(ConversationAnswerer answers) => _answers = answers;

    /// <inheritdoc />
    public ChatCommandName Name => ChatCommandName.Ask;

    /// <inheritdoc />
    public Task<ChatReply> ExecuteAsync(string argument, CancellationToken cancellationToken) =>
        ExecuteAsync(argument, null, cancellationToken);

    /// <inheritdoc />
    public async Task<ChatReply> ExecuteAsync(string argument, string? conversationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            return ChatReply.Error(BotMessages.AskEmpty, HelpText.AskUsage);
        }

        return ChatReply.FromAnswer(await _answers.AnswerAsync(conversationId, argument, cancellationToken));
    }
}
