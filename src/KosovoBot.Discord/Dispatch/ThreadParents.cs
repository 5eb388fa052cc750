using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// The channel each thread was started in, so that a thread follows its channel's mode: learnt from the gateway
/// (GUILD_CREATE's threads, THREAD_CREATE, THREAD_UPDATE, THREAD_LIST_SYNC) and, for a thread the gateway has not
/// named, asked of Discord once (<c>GET /channels/{id}</c>) and kept. At most <see cref="Capacity"/> threads are
/// kept; past that the longest known is forgotten (and asked for again if it speaks).
/// </summary>
internal sealed class ThreadParents(DiscordRestClient rest, ILogger<ThreadParents> logger)
{
    /// <summary>How many threads' parents are kept.</summary>
    internal const int Capacity = 10_000;

    private const int AnnouncementThread = 10;
    private const int PrivateThread = 12;

    private readonly BoundedMap _parents = new(Capacity);

    /// <summary>True for the channel types of threads.</summary>
    public static bool IsThread(int? channelType) => channelType is >= AnnouncementThread and <= PrivateThread;

    /// <summary>Records the parent of every thread among <paramref name="channels"/>; other channels are skipped.</summary>
    public void Learn(IEnumerable<DiscordChannel>? channels)
    {
        if (channels is null)
        {
            return;
        }

        foreach (var channel in channels)
        {
            if (IsThread(channel.Type) && channel.ParentId is { Length: > 0 } parent)
            {
                _parents.Set(channel.Id, parent);
            }
        }
    }

    /// <summary>The parent channel of <paramref name="channelId"/> if it is a thread already known; else null.</summary>
    public string? KnownParentOf(string channelId) => _parents.Find(channelId);

    /// <summary>
    /// The parent channel of thread <paramref name="threadId"/>, asked of Discord when the gateway has not named it;
    /// null when Discord cannot say (the thread then follows its own mode only).
    /// </summary>
    public async Task<string?> ParentOfAsync(string threadId, CancellationToken cancellationToken)
    {
        if (KnownParentOf(threadId) is { } known)
        {
            return known;
        }

        try
        {
            var channel = await rest.GetChannelAsync(threadId, cancellationToken);
            if (channel.ParentId is not { Length: > 0 } parent)
            {
                return null;
            }

            _parents.Set(threadId, parent);
            return parent;
        }
        catch (DiscordRestException ex)
        {
            logger.ThreadParentUnknown(threadId, ex);
            return null;
        }
    }
}
