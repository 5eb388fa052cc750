namespace KosovoBot.Discord.Protocol;

/// <summary>The GUILD_CREATE fields the bot reads: the guild's roles, to know its own managed role.</summary>
internal sealed record GuildCreateData
{
    public string? Id { get; init; }

    public IReadOnlyList<GuildRole>? Roles { get; init; }
}
