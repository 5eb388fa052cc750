namespace KosovoBot.Discord.Protocol;

/// <summary>A user object; ids are snowflake strings.</summary>
internal sealed record DiscordUser
{
    public required string Id { get; init; }

    public string? Username { get; init; }

    public bool? Bot { get; init; }
}
