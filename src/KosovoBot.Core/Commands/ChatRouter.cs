using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Commands;

/// <summary>
/// Dispatches requests to commands: a platform's parsed command directly, a plain message starting with
/// <c>/</c> by its first word, any other message as a question. With <see cref="QuestionGovernance"/>, a question
/// whose request is kept (<see cref="ChatRequest.Record"/>) is held to the limits first and recorded after.
/// </summary>
public sealed class ChatRouter : IChatRouter
{
    private readonly Dictionary<ChatCommandName, IChatCommand> _commands;
    private readonly QuestionGovernance? _governance;

    /// <summary>Creates the router over every registered command; without <paramref name="governance"/> nothing is limited or kept.</summary>
    public ChatRouter(IEnumerable<IChatCommand> commands, QuestionGovernance? governance = null)
    {
        ArgumentNullException.ThrowIfNull(commands);
        _commands = commands.ToDictionary(c => c.Name);
        _governance = governance;
    }

    /// <inheritdoc />
    public Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = ChatMarkup.Strip(request.Text);
        if (request.Command is { } parsed)
        {
            return Dispatch(parsed, text, request, cancellationToken);
        }

        if (!TextCommand.TryParse(text, out var name, out var argument))
        {
            return Dispatch(ChatCommandName.Ask, text, request, cancellationToken);
        }

        return name is { } known
            ? Dispatch(known, argument, request, cancellationToken)
            : Task.FromResult(ChatReply.Error(
                BotText.Format(BotMessages.UnknownCommand, text.Split(' ')[0]), HelpText.AllUsages.ToArray()));
    }

    private async Task<ChatReply> Dispatch(ChatCommandName name, string argument, ChatRequest request, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(name, out var command))
        {
            return ChatReply.Error(BotText.Format(BotMessages.CommandUnavailable, name.ToString().ToLowerInvariant()));
        }

        if (name != ChatCommandName.Ask || string.IsNullOrWhiteSpace(argument))
        {
            return await command.ExecuteAsync(request, argument, cancellationToken);
        }

        if (!request.Record || _governance is null)
        {
            var reply = await command.ExecuteAsync(request, argument, cancellationToken);
            return request.Private ? reply with { IsPrivate = true } : reply;
        }

        if (await _governance.AdmitAsync(request.Origin, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var answered = await command.ExecuteAsync(request, argument, cancellationToken);
        return await _governance.KeepAsync(request, argument, answered, cancellationToken);
    }
}
