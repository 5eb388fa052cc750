using System.Net;
using KosovoBot.Core.Resilience;
using KosovoBot.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace KosovoBot.Discord.Rest;

/// <summary>
/// How a REST request is retried, in the shape both adapters share: a rate limit (429) is tried again up to
/// <see cref="MaxRateLimitRetries"/> times, the wait itself left to <see cref="DiscordRateLimiter"/>, which learnt it from
/// the answer; network errors, timeouts and 5xx answers are retried <see cref="DiscordOptions.MaxRetries"/> times with
/// <see cref="Backoff"/>. The HTTP client's timeout (<see cref="DiscordOptions.RequestTimeout"/>) bounds each send but not
/// the limiter's wait before it, which may be long.
/// </summary>
internal static class DiscordRequestPipeline
{
    /// <summary>A reply is never dropped for a rate limit, but a server that answers 429 forever must not hold it for ever.</summary>
    public const int MaxRateLimitRetries = 25;

    /// <summary>The route of the request being sent, for the retry log.</summary>
    public static readonly ResiliencePropertyKey<DiscordRoute> Route = new("KosovoBot.Discord.Route");

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    public static ResiliencePipeline<HttpResponseMessage> Create(DiscordOptions settings, TimeProvider time, Random random, BotTelemetry telemetry, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (settings.MaxRetries > 0)
        {
            var backoff = new Backoff(FirstRetryDelay, MaxRetryDelay, random);
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetries,
                ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(backoff.Delay(args.AttemptNumber)),
                OnRetry = args =>
                {
                    var failure = Failure(args.Outcome);
                    logger.RestRetry(RouteOf(args.Context), failure, args.AttemptNumber + 1, args.RetryDelay);
                    telemetry.Retry(DiscordClientInfo.Platform, failure);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRateLimitRetries,
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
                DelayGenerator = static _ => ValueTask.FromResult<TimeSpan?>(TimeSpan.Zero),
            })
            .Build();
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: OperationCanceledException } => !cancellationToken.IsCancellationRequested,
        { Result: { } response } => (int)response.StatusCode >= 500,
        _ => false,
    };

    private static string Failure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: OperationCanceledException } => "timeout",
        { Exception: not null } => "network error",
        { Result: { } response } => $"HTTP {(int)response.StatusCode}",
        _ => "unknown",
    };

    private static string RouteOf(ResilienceContext context) =>
        context.Properties.TryGetValue(Route, out var route) ? route.Key : "request";
}
