namespace KosovoBot.Discord.Protocol;

/// <summary>The gateway intents the bot asks for.</summary>
[Flags]
internal enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>
    /// Privileged: fills <c>content</c> of every message, not only of those that mention the bot and of DMs. Asked for
    /// only when <c>Discord:MessageContent</c> is on, for channels set to answer every question.
    /// </summary>
    MessageContent = 1 << 15,

    /// <summary>
    /// 4609: guild and DM messages. Discord delivers the text of messages that mention the bot and of DMs without the
    /// privileged Message Content intent, so it is added only for channels that answer every question.
    /// </summary>
    Bot = Guilds | GuildMessages | DirectMessages,
}
