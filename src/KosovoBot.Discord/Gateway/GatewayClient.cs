using KosovoBot.Core.Chat;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace KosovoBot.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: fetches the gateway URL, opens connection after connection, resumes or
/// identifies as the previous one ended, backs off between failures and stops for good on a fatal close.
/// </summary>
internal sealed class GatewayClient(
    DiscordRestClient rest,
    GatewayConnectionFactory connections,
    GatewaySessionState state,
    ReconnectPolicy policy,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    // Even a budget that claims to have reset already is not fetched again in a tight loop.
    private static readonly TimeSpan MinimumBudgetWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Discord allows <c>max_concurrency</c> identifies per 5 seconds, one per bucket (<c>shard_id % max_concurrency</c>).
    /// This process runs one shard, so it is alone in its bucket: one identify per 5 seconds.
    /// </summary>
    internal static readonly TimeSpan IdentifySpacing = TimeSpan.FromSeconds(5);

    // Discord being briefly unreachable at start-up (or answering with an error page) is no reason to stop; a
    // rejected token (401) is.
    private readonly ResiliencePipeline _gatewayRetries = new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = int.MaxValue,
            ShouldHandle = new PredicateBuilder().Handle<DiscordRestException>(static ex => ex.Status is not (401 or 403)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(policy.GetDelay(args.AttemptNumber + 1)),
            OnRetry = args =>
            {
                logger.ConnectionLost("retry GET /gateway/bot", args.Outcome.Exception!);
                logger.ReconnectDelay(args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var gateway = await GetGatewayAsync(cancellationToken);
        var shardCount = settings.ShardCount ?? 1;
        if (settings.ShardCount is null && gateway.Shards > 1)
        {
            logger.ShardHint(gateway.Shards, settings.ShardId, shardCount);
        }

        var gatewayUrl = GatewayUrls.WithQuery(new Uri(gateway.Url));
        var budget = new IdentifyBudget(gateway.SessionStartLimit, time.GetUtcNow());
        int[] shard = [settings.ShardId, shardCount];
        var failures = 0;
        var delay = TimeSpan.Zero;
        while (true)
        {
            if (delay > TimeSpan.Zero)
            {
                logger.ReconnectDelay(delay);
                await time.DelayAtLeastAsync(delay, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var resumeUrl = state.CanResume ? state.ResumeUrl : null;
            var resume = resumeUrl is not null;
            if (!resume)
            {
                // Identifying past the daily budget ends every session and resets the token, so wait for the reset.
                while (budget.Remaining is <= 0)
                {
                    var reset = budget.ResetAt - time.GetUtcNow();
                    logger.IdentifyBudgetExhausted(budget.Total, reset > TimeSpan.Zero ? reset : TimeSpan.Zero);
                    await time.DelayAtLeastAsync(reset > MinimumBudgetWait ? reset : MinimumBudgetWait, cancellationToken);
                    gateway = await GetGatewayAsync(cancellationToken);
                    budget = new IdentifyBudget(gateway.SessionStartLimit, time.GetUtcNow());
                }

                // Folded into the reconnect pause below; only a budget wait can have moved the clock since.
                await time.DelayAtLeastAsync(IdentifySpacingLeft(), cancellationToken);
                budget.Remaining--;
            }

            logger.Connecting(resume ? "resume" : "identify", failures + 1);
            var connectedAt = time.GetUtcNow();
            var outcome = await connections.RunAsync(resume ? GatewayUrls.WithQuery(resumeUrl!) : gatewayUrl, resume, shard, cancellationToken);
            switch (outcome.Action)
            {
                case CloseAction.Stop:
                    return;
                case CloseAction.Fatal:
                    var code = outcome.CloseCode ?? 0;
                    var fix = GatewayCloseCodes.FixFor(code);
                    logger.FatalClose(code, fix);
                    throw new ChatAdapterFatalException($"Discord refused the bot (gateway close {code}): {fix}.");
                case CloseAction.Identify:
                    state.ClearSession();
                    break;
            }

            // Reaching READY or RESUMED is not enough: a connection that drops again soon after (a flapping network,
            // repeated 4000/4009 closes) must keep backing off, or the bot hammers Discord and burns identifies.
            var healthy = outcome.ReachedReady && time.GetUtcNow() - connectedAt >= ReconnectPolicy.HealthyAfter;
            failures = healthy ? 1 : failures + 1;

            // Every reconnect waits at least the policy's minimum; a pause the protocol asks for can only lengthen it.
            var backoff = policy.GetDelay(failures);
            delay = outcome.Delay is { } asked && asked > backoff ? asked : backoff;
            if (!state.CanResume && IdentifySpacingLeft() is var spacing && spacing > delay)
            {
                delay = spacing;
            }
        }
    }

    private Task<GatewayBotResponse> GetGatewayAsync(CancellationToken cancellationToken) =>
        _gatewayRetries.ExecuteAsync(async token => await rest.GetGatewayBotAsync(token), cancellationToken).AsTask();

    private TimeSpan IdentifySpacingLeft() =>
        state.LastIdentifyAt is { } last ? last + IdentifySpacing - time.GetUtcNow() : TimeSpan.Zero;

    /// <summary>
    /// The identifies left from <c>/gateway/bot</c>'s <c>session_start_limit</c>, counted down locally as the bot
    /// identifies; unknown (never limiting) when Discord sent no limit.
    /// </summary>
    private sealed class IdentifyBudget(SessionStartLimit? limit, DateTimeOffset fetchedAt)
    {
        public int? Remaining { get; set; } = limit?.Remaining;

        public int Total => limit?.Total ?? 0;

        public DateTimeOffset ResetAt => fetchedAt + TimeSpan.FromMilliseconds(Math.Max(limit?.ResetAfter ?? 0, 0));
    }
}
