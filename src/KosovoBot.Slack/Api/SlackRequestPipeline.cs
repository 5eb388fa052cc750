using System.Net;
using KosovoBot.Core.Resilience;
using KosovoBot.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace KosovoBot.Slack.Api;

/// <summary>
/// How a Web API call is retried, in the shape both adapters share: each attempt is bounded by
/// <see cref="SlackOptions.RequestTimeout"/>; a rate limit (429) waits <c>Retry-After</c> and is tried again up to
/// <see cref="MaxRateLimitRetries"/> times; network errors, timeouts and 5xx answers are retried
/// <see cref="SlackOptions.MaxTransientRetries"/> times with <see cref="Backoff"/>.
/// </summary>
internal static class SlackRequestPipeline
{
    /// <summary>A reply is not dropped for a rate limit, but a server that answers 429 forever must not hold it for ever.</summary>
    public const int MaxRateLimitRetries = 25;

    /// <summary>The Web API method being called, for the retry log.</summary>
    public static readonly ResiliencePropertyKey<string> Method = new("KosovoBot.Slack.Method");

    public static ResiliencePipeline<HttpResponseMessage> Create(SlackOptions settings, TimeProvider time, Random random, BotTelemetry telemetry, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (settings.MaxTransientRetries > 0)
        {
            var backoff = new Backoff(settings.InitialBackoff, settings.MaxBackoff, random);
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxTransientRetries,
                ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(backoff.Delay(args.AttemptNumber)),
                OnRetry = args =>
                {
                    Log.TransientRetry(logger, args.Outcome.Exception, MethodOf(args.Context), args.AttemptNumber + 1, args.RetryDelay);
                    telemetry.Retry(SlackChatAdapter.PlatformName, Failure(args.Outcome));
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRateLimitRetries,
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
                DelayGenerator = static args => ValueTask.FromResult<TimeSpan?>(RetryAfter(args.Outcome.Result!)),
                OnRetry = args =>
                {
                    Log.RateLimited(logger, MethodOf(args.Context), args.RetryDelay);
                    telemetry.RateLimited(SlackChatAdapter.PlatformName);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(settings.RequestTimeout)
            .Build();
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: OperationCanceledException } => !cancellationToken.IsCancellationRequested,
        { Result: { } response } => (int)response.StatusCode >= 500,
        _ => false,
    };

    private static string Failure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException or OperationCanceledException } => "timeout",
        { Exception: not null } => "network error",
        { Result: { } response } => $"HTTP {(int)response.StatusCode}",
        _ => "unknown",
    };

    // Slack always sends seconds; one second is the safe floor when it is missing or unreadable.
    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } delta && delta >= TimeSpan.Zero ? delta : TimeSpan.FromSeconds(1);

    private static string MethodOf(ResilienceContext context) =>
        context.Properties.TryGetValue(Method, out var method) ? method : "request";
}
