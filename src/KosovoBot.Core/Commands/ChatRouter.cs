using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Commands;

/// <summary>
/// Dispatches requests to commands: a platform's parsed command directly, a plain message starting with
/// <c>/</c> by its first word, any other message as a question.
/// </summary>
public sealed class ChatRouter : IChatRouter
{
    private readonly Dictionary<ChatCommandName, IChatCommand> _commands;

    /// <summary>Creates the router over every registered command.</summary>
    public ChatRouter(IEnumerable<IChatCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        _commands = commands.ToDictionary(c => c.Name);
    }

    /// <inheritdoc />
    public Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = ChatMarkup.Strip(request.Text);
        if (request.Command is { } parsed)
        {
            return Dispatch(parsed, text, request.ConversationId, cancellationToken);
        }

        if (!TextCommand.TryParse(text, out var name, out var argument))
        {
            return Dispatch(ChatCommandName.Ask, text, request.ConversationId, cancellationToken);
        }

        return name is { } known
            ? Dispatch(known, argument, request.ConversationId, cancellationToken)
            : Task.FromResult(ChatReply.Error($"I don't know the command {text.Split(' ')[0]}.", HelpText.AllUsages.ToArray()));
    }

    private Task<ChatReply> Dispatch(ChatCommandName name, string argument, string? conversationId, CancellationToken cancellationToken) =>
        _commands.TryGetValue(name, out var command)
            ? command.ExecuteAsync(argument, conversationId, cancellationToken)
            : Task.FromResult(ChatReply.Error($"The {name.ToString().ToLowerInvariant()} command is not available."));
}
