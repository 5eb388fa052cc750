using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Commands;

/// <summary>Answers a question with a short answer and verbatim quotes, or declines.</summary>
public sealed class AskCommand(IAnswerService answers) : IChatCommand
{
    /// <inheritdoc />
    public ChatCommandName Name => ChatCommandName.Ask;

    /// <inheritdoc />
    public async Task<ChatReply> ExecuteAsync(string argument, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            return ChatReply.Error("Ask me a question about the news in my articles.", HelpText.AskUsage);
        }

        var answer = await answers.AnswerAsync(argument, cancellationToken);
        return new ChatReply
        {
            Kind = answer.Answered ? ReplyKind.Answer : ReplyKind.NoAnswer,
            Text = answer.Text,
            Citations = answer.Citations,
            Confidence = answer.Confidence,
        };
    }
}
