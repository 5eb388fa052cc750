using System.Globalization;
using KosovoBot.Core.Chat;

namespace KosovoBot.Discord.Gateway;

/// <summary>Which shards this process runs: <c>Discord:Shards</c> (<c>0-3</c>, <c>0,2</c>), else <c>Discord:ShardId</c>, else all.</summary>
internal static class ShardSelection
{
    /// <summary>The shard ids, in order; a shard outside <paramref name="shardCount"/> stops the adapter with the setting named.</summary>
    public static IReadOnlyList<int> Resolve(DiscordOptions options, int shardCount)
    {
        IReadOnlyList<int> shards = options.Shards is { Length: > 0 } text ? Parse(text)
            : options.ShardId is { } one ? [one]
            : [.. Enumerable.Range(0, shardCount)];
        var setting = options.Shards is { Length: > 0 } ? "Discord:Shards" : "Discord:ShardId";
        if (shards.FirstOrDefault(id => id >= shardCount) is var outside && outside >= shardCount)
        {
            throw new ChatAdapterFatalException(string.Create(
                CultureInfo.InvariantCulture,
                $"{setting} names shard {outside}, but the bot has {shardCount} shards (Discord:ShardCount, or Discord's recommendation when it is not set); shard ids run from 0 to {shardCount - 1}."));
        }

        return shards;
    }

    /// <summary>Parses <c>0-3</c>, <c>0,2</c> or <c>0-1,4</c> (the syntax is validated at start-up).</summary>
    public static IReadOnlyList<int> Parse(string text)
    {
        var shards = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            var first = int.Parse(range[0], CultureInfo.InvariantCulture);
            var last = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : first;
            if (last < first)
            {
                throw new ChatAdapterFatalException($"Discord:Shards has the range {part}, which ends before it starts; write it low-high, e.g. 0-3.");
            }

            for (var id = first; id <= last; id++)
            {
                shards.Add(id);
            }
        }

        return [.. shards];
    }
}
