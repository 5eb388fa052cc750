namespace KosovoBot.Discord.Protocol;

/// <summary>The INTERACTION_CREATE fields the bot reads.</summary>
internal sealed record InteractionData
{
    public required string Id { get; init; }

    public string? ApplicationId { get; init; }

    public required InteractionType Type { get; init; }

    public required string Token { get; init; }

    public InteractionCommandData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public GuildMember? Member { get; init; }

    public DiscordUser? User { get; init; }
}
