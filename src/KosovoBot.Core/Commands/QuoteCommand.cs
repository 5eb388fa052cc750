using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Commands;

/// <summary>Finds direct quotations by a speaker or containing a word.</summary>
public sealed class QuoteCommand(IQuoteService quotes) : IChatCommand
{
    /// <inheritdoc />
    public ChatCommandName Name => ChatCommandName.Quote;

    /// <inheritdoc />
    public Task<ChatReply> ExecuteAsync(string argument, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            return Task.FromResult(ChatReply.Error(BotMessages.QuoteEmpty, HelpText.QuoteUsage));
        }

        var result = quotes.Find(argument);
        var text = result.Quotes.Count == 0
            ? BotText.Format(BotMessages.QuoteNone, argument)
            : BotText.Format(BotMessages.QuoteFound, argument);
        return Task.FromResult(new ChatReply { Kind = ReplyKind.Quotes, Text = text, Citations = result.Quotes });
    }
}
