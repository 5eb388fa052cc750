using KosovoBot.Core.Chat;
using KosovoBot.Core.Text;

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
            Text = BotMessages.HelpIntro,
            Notices = HelpText.AllUsages,
            IsPrivate = true,
        });
}
