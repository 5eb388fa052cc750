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

    /// <summary>The roles the message mentions (ids).</summary>
    public IReadOnlyList<string>? MentionRoles { get; init; }

    /// <summary>The channel's type: 1 a DM, 10-12 a thread.</summary>
    public int? ChannelType { get; init; }

    /// <summary>For a reply, the message replied to.</summary>
    public MessageReferenceData? MessageReference { get; init; }

    /// <summary>For a reply, the message replied to (one level; null when it was deleted).</summary>
    public ReferencedMessage? ReferencedMessage { get; init; }
}
