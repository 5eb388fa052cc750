namespace KosovoBot.Discord.Protocol;

/// <summary>A role; <c>tags.bot_id</c> marks the role Discord manages for a bot.</summary>
internal sealed record GuildRole
{
    public string? Id { get; init; }

    public GuildRoleTags? Tags { get; init; }
}
