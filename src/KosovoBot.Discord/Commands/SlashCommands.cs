using KosovoBot.Core.Chat;
using KosovoBot.Discord.Protocol;

namespace KosovoBot.Discord.Commands;

/// <summary>The bot's slash commands and how each maps onto a platform-neutral command.</summary>
internal static class SlashCommands
{
    private const int StringOption = 3;

    public static IReadOnlyList<ApplicationCommand> Definitions { get; } =
    [
        new ApplicationCommand
        {
            Name = "ask",
            Description = "Ask a question about the news; the answer quotes the articles.",
            Options =
            [
                new ApplicationCommandOption { Name = "question", Description = "Your question", Type = StringOption, Required = true },
            ],
        },
        new ApplicationCommand { Name = "deadlines", Description = "The dated events of the situation, in date order." },
        new ApplicationCommand
        {
            Name = "quote",
            Description = "Direct quotations by a speaker or containing a word.",
            Options =
            [
                new ApplicationCommandOption
                {
                    Name = "query", Description = "A speaker's name or a word", Type = StringOption, Required = true, Autocomplete = true,
                },
            ],
        },
        new ApplicationCommand { Name = "sources", Description = "The articles the bot answers from." },
        new ApplicationCommand { Name = "help", Description = "How to use the bot." },
    ];

    public static ChatCommandName? Parse(string name) => name switch
    {
        "ask" => ChatCommandName.Ask,
        "deadlines" => ChatCommandName.Deadlines,
        "quote" => ChatCommandName.Quote,
        "sources" => ChatCommandName.Sources,
        "help" => ChatCommandName.Help,
        _ => null,
    };
}
