namespace KosovoBot.Discord.Protocol;

/// <summary>
/// The channel fields the bot reads, from THREAD_CREATE, THREAD_UPDATE, the <c>threads</c> of GUILD_CREATE and
/// THREAD_LIST_SYNC, and <c>GET /channels/{id}</c>: for a thread, <see cref="ParentId"/> is the channel it was started in.
/// </summary>
internal sealed record DiscordChannel
{
    public required string Id { get; init; }

    /// <summary>10, 11 and 12 are threads (announcement, public, private).</summary>
    public int? Type { get; init; }

    public string? ParentId { get; init; }
}
