using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;

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
            return Task.FromResult(ChatReply.Error("Tell me whose quotes or which word to look for.", HelpText.QuoteUsage));
        }

        var result = quotes.Find(argument);
        var text = result.Quotes.Count == 0
            ? $"No direct quotations by or containing \"{argument}\" in the articles."
            : $"Direct quotations for \"{argument}\":";
        return Task.FromResult(new ChatReply { Kind = ReplyKind.Quotes, Text = text, Citations = result.Quotes });
    }
}
