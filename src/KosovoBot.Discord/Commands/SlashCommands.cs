using KosovoBot.Core.Chat;
using KosovoBot.Core.Text;
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
            Description = BotMessages.DiscordCmdAsk,
            Options =
            [
                new ApplicationCommandOption { Name = "question", Description = BotMessages.DiscordCmdAskQuestion, Type = StringOption, Required = true },
                new ApplicationCommandOption
                {
                    Name = PrivateOption, Description = BotMessages.DiscordCmdAskPrivate, Type = BooleanOption,
                },
            ],
        },
        new ApplicationCommand { Name = "deadlines", Description = BotMessages.DiscordCmdDeadlines },
        new ApplicationCommand
        {
            Name = "quote",
            Description = BotMessages.DiscordCmdQuote,
            Options =
            [
                new ApplicationCommandOption
                {
                    Name = "query", Description = BotMessages.DiscordCmdQuoteQuery, Type = StringOption, Required = true, Autocomplete = true,
                },
            ],
        },
        new ApplicationCommand { Name = "sources", Description = BotMessages.DiscordCmdSources },
        new ApplicationCommand { Name = "help", Description = BotMessages.DiscordCmdHelp },
        new ApplicationCommand
        {
            Name = Manage,
            Description = BotMessages.DiscordCmdManage,
            DefaultMemberPermissions = ManageGuild,
            Options =
            [
                new ApplicationCommandOption
                {
                    Name = "channel",
                    Description = BotMessages.DiscordCmdChannel,
                    Type = SubCommand,
                    Options =
                    [
                        new ApplicationCommandOption
                        {
                            Name = "mode",
                            Description = BotMessages.DiscordCmdChannelMode,
                            Type = StringOption,
                            Required = true,
                            Choices = [Choice("mention-only"), Choice("questions"), Choice("off"), Choice("on")],
                        },
                    ],
                },
                new ApplicationCommandOption
                {
                    Name = "feedback",
                    Description = BotMessages.DiscordCmdFeedback,
                    Type = SubCommand,
                    Options =
                    [
                        new ApplicationCommandOption
                        {
                            Name = "state", Description = BotMessages.DiscordCmdFeedbackState, Type = StringOption, Required = true, Choices = [Choice("on"), Choice("off")],
                        },
                    ],
                },
                new ApplicationCommandOption
                {
                    Name = "limits",
                    Description = BotMessages.DiscordCmdLimits,
                    Type = SubCommandGroup,
                    Options =
                    [
                        Limit("user-per-minute", BotMessages.DiscordCmdLimitUser),
                        Limit("server-per-hour", BotMessages.DiscordCmdLimitServer),
                    ],
                },
                new ApplicationCommandOption { Name = "show", Description = BotMessages.DiscordCmdShow, Type = SubCommand },
                new ApplicationCommandOption
                {
                    Name = "gaps",
                    Description = BotMessages.DiscordCmdGaps,
                    Type = SubCommand,
                    Options =
                    [
                        new ApplicationCommandOption { Name = "since", Description = BotMessages.DiscordCmdGapsSince, Type = StringOption },
                    ],
                },
                new ApplicationCommandOption { Name = "audit", Description = BotMessages.DiscordCmdAudit, Type = SubCommand },
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
                Name = "count", Description = BotMessages.DiscordCmdLimitCount, Type = IntegerOption, Required = true, MinValue = 0, MaxValue = 100000,
            },
        ],
    };
}
