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
    /// 4609: guild and DM messages. Discord delivers the text of messages that mention the bot and of DMs, the only
    /// ones it answers, without the privileged Message Content intent, so none is asked for.
    /// </summary>
    Bot = Guilds | GuildMessages | DirectMessages,
}
