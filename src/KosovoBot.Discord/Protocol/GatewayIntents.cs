namespace KosovoBot.Discord.Protocol;

/// <summary>The gateway intents the bot asks for.</summary>
[Flags]
internal enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: must be switched on in the Developer Portal, otherwise close 4014.</summary>
    MessageContent = 1 << 15,

    /// <summary>37377: what the bot needs to read mentions, DMs and their text.</summary>
    Bot = Guilds | GuildMessages | DirectMessages | MessageContent,
}
