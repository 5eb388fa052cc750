namespace KosovoBot.Discord.Protocol;

/// <summary>GUILD_ROLE_CREATE and GUILD_ROLE_UPDATE.</summary>
internal sealed record GuildRoleEvent
{
    public string? GuildId { get; init; }

    public GuildRole? Role { get; init; }
}
