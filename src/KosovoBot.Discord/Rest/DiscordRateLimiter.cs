using System.Globalization;
using System.Net.Http.Headers;

namespace KosovoBot.Discord.Rest;

/// <summary>
/// Tracks Discord's rate limits from the <c>X-RateLimit-*</c> headers and 429 answers, so that a request
/// waits before it is sent instead of being refused. Limits are learnt, never hard-coded.
/// </summary>
internal sealed class DiscordRateLimiter(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _bucketByRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    public async Task WaitAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TimeUntilAllowed(route);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await time.DelayAtLeastAsync(wait, cancellationToken);
        }
    }

    public TimeSpan TimeUntilAllowed(DiscordRoute route)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            // Interaction callbacks do not count toward the global limit, so a global pause never costs an
            // interaction its 3-second window.
            var until = route.IsInteractionCallback ? DateTimeOffset.MinValue : _globalUntil;
            if (_blockedUntil.TryGetValue(BucketKey(route), out var bucketUntil) && bucketUntil > until)
            {
                until = bucketUntil;
            }

            return until - now;
        }
    }

    /// <summary>Learns the route's bucket and, when it is used up, when it resets.</summary>
    public void Update(DiscordRoute route, HttpResponseHeaders headers)
    {
        lock (_lock)
        {
            if (Header(headers, "X-RateLimit-Bucket") is { } bucket)
            {
                _bucketByRoute[route.Key] = bucket;
            }

            var key = BucketKey(route);
            if (Number(headers, "X-RateLimit-Remaining") is 0 && Number(headers, "X-RateLimit-Reset-After") is { } resetAfter)
            {
                _blockedUntil[key] = time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter);
            }
            else
            {
                _blockedUntil.Remove(key);
            }
        }
    }

    /// <summary>Blocks the route, or every route when <paramref name="global"/>, for <paramref name="retryAfter"/>.</summary>
    public void OnRateLimited(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        lock (_lock)
        {
            if (global)
            {
                _globalUntil = until > _globalUntil ? until : _globalUntil;
            }
            else
            {
                _blockedUntil[BucketKey(route)] = until;
            }
        }
    }

    private string BucketKey(DiscordRoute route) =>
        (_bucketByRoute.TryGetValue(route.Key, out var bucket) ? bucket : route.Key) + "|" + route.MajorParameter;

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseHeaders headers, string name) =>
        Header(headers, name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
