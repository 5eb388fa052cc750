using KosovoBot.Redis;

namespace KosovoBot.Testing.Redis;

/// <summary>Two connections to one Garnet server on one fresh key prefix, as two replicas of the bot make them.</summary>
public sealed class GarnetReplicas : IAsyncDisposable
{
    internal GarnetReplicas(RedisConnection a, RedisConnection b, string prefix)
    {
        A = a;
        B = b;
        Prefix = prefix;
    }

    /// <summary>The first replica's connection.</summary>
    public RedisConnection A { get; }

    /// <summary>The second replica's connection.</summary>
    public RedisConnection B { get; }

    /// <summary>The key prefix both use, unique to this pair.</summary>
    public string Prefix { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
