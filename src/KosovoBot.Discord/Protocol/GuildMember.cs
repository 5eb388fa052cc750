namespace KosovoBot.Discord.Protocol;

/// <summary>A guild member; carries <c>user</c> in interactions but not in MESSAGE_CREATE.</summary>
internal sealed record GuildMember
{
    public DiscordUser? User { get; init; }
}
