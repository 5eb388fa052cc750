namespace KosovoBot.Discord.Protocol;

/// <summary>A guild member; carries <c>user</c> in interactions but not in MESSAGE_CREATE.</summary>
internal sealed record GuildMember
{
    public DiscordUser? User { get; init; }

    /// <summary>
    /// In an interaction, the member's total permissions in the channel (overwrites included) as a decimal string of
    /// bits; absent in MESSAGE_CREATE.
    /// </summary>
    public string? Permissions { get; init; }
}
