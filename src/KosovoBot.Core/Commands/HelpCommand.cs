using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Commands;

/// <summary>A short usage text.</summary>
public sealed class HelpCommand : IChatCommand
{
    /// <inheritdoc />
    public ChatCommandName Name => ChatCommandName.Help;

    /// <inheritdoc />
    public Task<ChatReply> ExecuteAsync(string argument, CancellationToken cancellationToken) =>
        Task.FromResult(new ChatReply
        {
            Kind = ReplyKind.Help,
            Text = "I answer questions about the news in my articles, only from the articles, with verbatim quotes "
                + "and who said them. Mention me or send me a direct message with a question, or use a command:",
            Notices = HelpText.AllUsages,
            IsPrivate = true,
        });
}
