namespace KosovoBot.Discord.Protocol;

/// <summary>
/// The GUILD_CREATE fields the bot reads: the guild's roles, to know its own managed role, and its active threads, to
/// know each one's parent channel.
/// </summary>
internal sealed record GuildCreateData
{
    public string? Id { get; init; }

    public IReadOnlyList<GuildRole>? Roles { get; init; }

    public IReadOnlyList<DiscordChannel>? Threads { get; init; }
}
