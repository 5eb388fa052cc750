using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;

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
        var text = sources.Count == 1 ? "I answer from 1 article:" : $"I answer from {sources.Count} articles:";
        return Task.FromResult(new ChatReply { Kind = ReplyKind.Sources, Text = text, Sources = sources });
    }
}
