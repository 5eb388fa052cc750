using KosovoBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Dispatch;

/// <summary>Maps the configured slash command names (<c>Slack:Commands:*</c>) to the bot's commands.</summary>
internal sealed class SlashCommandMap(IOptions<SlackOptions> options)
{
    private readonly Dictionary<string, ChatCommandName> _names = new(StringComparer.OrdinalIgnoreCase)
    {
        [options.Value.Commands.Ask] = ChatCommandName.Ask,
        [options.Value.Commands.Deadlines] = ChatCommandName.Deadlines,
        [options.Value.Commands.Quote] = ChatCommandName.Quote,
        [options.Value.Commands.Sources] = ChatCommandName.Sources,
        [options.Value.Commands.Help] = ChatCommandName.Help,
        [options.Value.Commands.Manage] = ChatCommandName.Manage,
    };

    /// <summary>The command registered as <paramref name="slashName"/>, or null.</summary>
    public ChatCommandName? Find(string? slashName) =>
        slashName is not null && _names.TryGetValue(slashName, out var name) ? name : null;

    /// <summary>The configured names, for usage text.</summary>
    public IEnumerable<string> Names => _names.Keys;
}
