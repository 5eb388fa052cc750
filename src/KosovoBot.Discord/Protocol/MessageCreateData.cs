namespace KosovoBot.Discord.Protocol;

/// <summary>The MESSAGE_CREATE fields the bot reads.</summary>
internal sealed record MessageCreateData
{
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public string? GuildId { get; init; }

    public required DiscordUser Author { get; init; }

    public string? Content { get; init; }

    public string? WebhookId { get; init; }

    /// <summary>0 for a default message, 19 for a reply; other types are system messages.</summary>
    public int Type { get; init; }

    public IReadOnlyList<DiscordUser>? Mentions { get; init; }
}
