namespace KosovoBot.Discord.Protocol;

/// <summary>Message flags the bot sends.</summary>
internal static class MessageFlags
{
    /// <summary>Only the user who invoked the interaction sees the message.</summary>
    public const int Ephemeral = 1 << 6;
}
