using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Commands;

/// <summary>Lists the articles the bot answers from.</summary>
public sealed class SourcesCommand(ISourceCatalog catalog) : IChatCommand
{
    /// <inheritdoc />
    public ChatCommandName Name => ChatCommandName.Sources;

    /// <inheritdoc />
    public Task<ChatReply> ExecuteAsync(string argument, CancellationToken cancellationToken)
    {
        var sources = catalog.Sources;
        var text = sources.Count == 1 ? BotMessages.SourcesOne : BotText.Format(BotMessages.SourcesMany, sources.Count);
        return Task.FromResult(new ChatReply { Kind = ReplyKind.Sources, Text = text, Sources = sources });
    }
}
