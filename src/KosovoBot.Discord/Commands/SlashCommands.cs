using KosovoBot.Core.Chat;
using KosovoBot.Discord.Protocol;

namespace KosovoBot.Discord.Commands;

/// <summary>The bot's slash commands and how each maps onto a platform-neutral command.</summary>
internal static class SlashCommands
{
    /// <summary>The admins' command.</summary>
    public const string Manage = "kosovobot";

    /// <summary>The <c>/ask</c> option that asks for an answer only the asker sees.</summary>
    public const string PrivateOption = "private";

    private const int SubCommand = 1;
    private const int SubCommandGroup = 2;
    private const int StringOption = 3;
    private const int IntegerOption = 4;
    private const int BooleanOption = 5;

    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5): who sees <c>/kosovobot</c> until a server changes it.</summary>
    private const string ManageGuild = "32";

    public static IReadOnlyList<ApplicationCommand> Definitions { get; } =
    [
        new ApplicationCommand
        {
            Name = "ask",
            Description = "Ask a question about the news; the answer quotes the articles.",
            Options =
            [
                new ApplicationCommandOption { Name = "question", Description = "Your question", Type = StringOption, Required = true },
                new ApplicationCommandOption
                {
                    Name = PrivateOption, Description = "Only you see the answer (you can share it afterwards)", Type = BooleanOption,
                },
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
        new ApplicationCommand
        {
            Name = Manage,
            Description = "Admins: where the bot speaks, feedback buttons, limits, the gap report and the audit trail.",
            DefaultMemberPermissions = ManageGuild,
            Options =
            [
                new ApplicationCommandOption
                {
                    Name = "channel",
                    Description = "How the bot speaks in this channel.",
                    Type = SubCommand,
                    Options =
                    [
                        new ApplicationCommandOption
                        {
                            Name = "mode",
                            Description = "mention-only (the default), questions (every question, no mention needed) or off",
                            Type = StringOption,
                            Required = true,
                            Choices = [Choice("mention-only"), Choice("questions"), Choice("off"), Choice("on")],
                        },
                    ],
                },
                new ApplicationCommandOption
                {
                    Name = "feedback",
                    Description = "Show or hide the 👍/👎 buttons under answers in this server.",
                    Type = SubCommand,
                    Options =
                    [
                        new ApplicationCommandOption
                        {
                            Name = "state", Description = "on or off", Type = StringOption, Required = true, Choices = [Choice("on"), Choice("off")],
                        },
                    ],
                },
                new ApplicationCommandOption
                {
                    Name = "limits",
                    Description = "How many questions the bot answers.",
                    Type = SubCommandGroup,
                    Options =
                    [
                        Limit("user-per-minute", "Questions one member may ask per minute."),
                        Limit("server-per-hour", "Questions the whole server may ask per hour."),
                    ],
                },
                new ApplicationCommandOption { Name = "show", Description = "This server's and this channel's settings.", Type = SubCommand },
                new ApplicationCommandOption
                {
                    Name = "gaps",
                    Description = "The questions the bot could not answer, grouped.",
                    Type = SubCommand,
                    Options =
                    [
                        new ApplicationCommandOption { Name = "since", Description = "How far back: 7d (the default), 30d, 12h", Type = StringOption },
                    ],
                },
                new ApplicationCommandOption { Name = "audit", Description = "Who changed which setting, and when.", Type = SubCommand },
            ],
        },
    ];

    public static ChatCommandName? Parse(string name) => name switch
    {
        "ask" => ChatCommandName.Ask,
        "deadlines" => ChatCommandName.Deadlines,
        "quote" => ChatCommandName.Quote,
        "sources" => ChatCommandName.Sources,
        "help" => ChatCommandName.Help,
        Manage => ChatCommandName.Manage,
        _ => null,
    };

    /// <summary>
    /// The command's argument text: for <c>/kosovobot</c> its subcommands and values in order, as a Slack user types
    /// them (<c>limits user-per-minute 5</c>); for the others the value of the first option that is not
    /// <see cref="PrivateOption"/>.
    /// </summary>
    public static string ArgumentText(ChatCommandName command, IReadOnlyList<InteractionOption>? options)
    {
        if (command == ChatCommandName.Manage)
        {
            return string.Join(' ', Flatten(options ?? []).Where(word => word.Length > 0));
        }

        return options?.FirstOrDefault(option => option.Name != PrivateOption)?.ValueText ?? string.Empty;
    }

    /// <summary>True when <c>/ask</c> was given <c>private: true</c>.</summary>
    public static bool AsksPrivately(IReadOnlyList<InteractionOption>? options) =>
        options?.FirstOrDefault(option => option.Name == PrivateOption) is { } chosen
        && chosen.Value.ValueKind == System.Text.Json.JsonValueKind.True;

    private static IEnumerable<string> Flatten(IReadOnlyList<InteractionOption> options)
    {
        foreach (var option in options)
        {
            if (option.Type is SubCommand or SubCommandGroup)
            {
                yield return option.Name;
                foreach (var word in Flatten(option.Options ?? []))
                {
                    yield return word;
                }
            }
            else
            {
                yield return option.ValueText.Trim();
            }
        }
    }

    private static ApplicationCommandChoice Choice(string value) => new() { Name = value, Value = value };

    private static ApplicationCommandOption Limit(string name, string description) => new()
    {
        Name = name,
        Description = description,
        Type = SubCommand,
        Options =
        [
            new ApplicationCommandOption
            {
                Name = "count", Description = "How many questions (0: no limit)", Type = IntegerOption, Required = true, MinValue = 0, MaxValue = 100000,
            },
        ],
    };
}
