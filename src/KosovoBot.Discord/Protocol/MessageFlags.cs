namespace KosovoBot.Discord.Protocol;

/// <summary>Message flags the bot sends; written as a number.</summary>
[Flags]
internal enum MessageFlags
{
    None = 0,

    /// <summary>Only the user who invoked the interaction sees the message.</summary>
    Ephemeral = 1 << 6,
}
