namespace KosovoBot.Discord.Protocol;

/// <summary>A role's tags.</summary>
internal sealed record GuildRoleTags
{
    public string? BotId { get; init; }
}
