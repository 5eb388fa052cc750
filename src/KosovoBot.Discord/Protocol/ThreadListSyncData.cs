namespace KosovoBot.Discord.Protocol;

/// <summary>The THREAD_LIST_SYNC fields the bot reads: the active threads it gained access to.</summary>
internal sealed record ThreadListSyncData
{
    public IReadOnlyList<DiscordChannel>? Threads { get; init; }
}
