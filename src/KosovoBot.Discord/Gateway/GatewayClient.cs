using System.Globalization;
using KosovoBot.Core.Chat;
using KosovoBot.Core.SharedState;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace KosovoBot.Discord.Gateway;

/// <summary>
/// Keeps this process's gateway shards alive (<c>Discord:Shards</c>, all over one REST client): fetches the gateway
/// URL and the recommended shard count, then for each shard opens connection after connection, resumes or
/// identifies as the previous one ended, backs off between failures and stops every shard for good on a fatal close.
/// </summary>
internal sealed class GatewayClient(
    DiscordRestClient rest,
    GatewayConnectionFactory connections,
    ReconnectPolicy policy,
    IIntervalLock identifyLock,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    // Even a budget that claims to have reset already is not fetched again in a tight loop.
    private static readonly TimeSpan MinimumBudgetWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Discord allows <c>max_concurrency</c> identifies per 5 seconds, one per bucket (<c>shard_id % max_concurrency</c>):
    /// each bucket is an <see cref="IIntervalLock"/> entered once per 5 seconds, within this process, or across every
    /// process of the bot when the lock is shared (Redis).
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
        var shardCount = settings.ShardCount ?? Math.Max(gateway.Shards, 1);
        if (settings.ShardCount is { } configured && gateway.Shards > configured)
        {
            logger.ShardHint(gateway.Shards, configured);
        }

        var shards = ShardSelection.Resolve(settings, shardCount);
        var maxConcurrency = Math.Max(gateway.SessionStartLimit?.MaxConcurrency ?? 1, 1);
        logger.Sharding(string.Join(",", shards.Select(id => id.ToString(CultureInfo.InvariantCulture))), shardCount, maxConcurrency);
        var run = new GatewayRun(new Uri(gateway.Url), new IdentifyBudget(gateway.SessionStartLimit, time.GetUtcNow()), maxConcurrency);

        // A fatal close of one shard (a bad token, a bad shard) stops them all.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAll(shards.Select(async id =>
        {
            try
            {
                await RunShardAsync(new ShardSession(id, shardCount), run, stop.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
            {
                await stop.CancelAsync();
                throw;
            }
        }));
    }

    private async Task RunShardAsync(ShardSession session, GatewayRun run, CancellationToken cancellationToken)
    {
        var gatewayUrl = GatewayUrls.WithQuery(run.Url);
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
            var resumeUrl = session.CanResume ? session.ResumeUrl : null;
            var resume = resumeUrl is not null;
            if (!resume)
            {
                await TakeIdentifyAsync(run.Budget, cancellationToken);

                // Folded into the reconnect pause below as far as this shard knows; the bucket's lock also spaces
                // this identify from the other shards' of the bucket, in this process or (shared) in others.
                await time.DelayAtLeastAsync(IdentifySpacingLeft(session), cancellationToken);
                await EnterIdentifyBucketAsync(session.ShardId % run.MaxConcurrency, cancellationToken);
            }

            logger.Connecting(resume ? "resume" : "identify", failures + 1);
            var connectedAt = time.GetUtcNow();
            var outcome = await connections.RunAsync(session, resume ? GatewayUrls.WithQuery(resumeUrl!) : gatewayUrl, resume, cancellationToken);
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
                    session.ClearSession();
                    break;
            }

            // Reaching READY or RESUMED is not enough: a connection that drops again soon after (a flapping network,
            // repeated 4000/4009 closes) must keep backing off, or the bot hammers Discord and burns identifies.
            var healthy = outcome.ReachedReady && time.GetUtcNow() - connectedAt >= ReconnectPolicy.HealthyAfter;
            failures = healthy ? 1 : failures + 1;

            // Every reconnect waits at least the policy's minimum; a pause the protocol asks for can only lengthen it.
            var backoff = policy.GetDelay(failures);
            delay = outcome.Delay is { } asked && asked > backoff ? asked : backoff;
            if (!session.CanResume && IdentifySpacingLeft(session) is var spacing && spacing > delay)
            {
                delay = spacing;
            }
        }
    }

    private async Task EnterIdentifyBucketAsync(int bucket, CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"discord:identify:{bucket}");
        while (await identifyLock.TryEnterAsync(name, IdentifySpacing, cancellationToken) is var wait && wait > TimeSpan.Zero)
        {
            logger.IdentifyBucketBusy(bucket, wait);
            await time.DelayAtLeastAsync(wait, cancellationToken);
        }
    }

    private TimeSpan IdentifySpacingLeft(ShardSession session) =>
        session.LastIdentifyAt is { } last ? last + IdentifySpacing - time.GetUtcNow() : TimeSpan.Zero;

    private Task<GatewayBotResponse> GetGatewayAsync(CancellationToken cancellationToken) =>
        _gatewayRetries.ExecuteAsync(async token => await rest.GetGatewayBotAsync(token), cancellationToken).AsTask();

    /// <summary>What the shards of one run share: the gateway URL, the identify budget and the bucket count.</summary>
    private sealed record GatewayRun(Uri Url, IdentifyBudget Budget, int MaxConcurrency);

    /// <summary>Takes one identify from the daily budget, first waiting for its reset when none is left.</summary>
    private async Task TakeIdentifyAsync(IdentifyBudget budget, CancellationToken cancellationToken)
    {
        await budget.Gate.WaitAsync(cancellationToken);
        try
        {
            // Identifying past the daily budget ends every session and resets the token, so wait for the reset.
            while (budget.Remaining is <= 0)
            {
                var reset = budget.ResetAt - time.GetUtcNow();
                logger.IdentifyBudgetExhausted(budget.Total, reset > TimeSpan.Zero ? reset : TimeSpan.Zero);
                await time.DelayAtLeastAsync(reset > MinimumBudgetWait ? reset : MinimumBudgetWait, cancellationToken);
                var gateway = await GetGatewayAsync(cancellationToken);
                budget.Refresh(gateway.SessionStartLimit, time.GetUtcNow());
            }

            budget.Remaining--;
        }
        finally
        {
            budget.Gate.Release();
        }
    }

    /// <summary>
    /// The identifies left from <c>/gateway/bot</c>'s <c>session_start_limit</c>, counted down locally as this process's
    /// shards identify; unknown (never limiting) when Discord sent no limit.
    /// </summary>
    private sealed class IdentifyBudget(SessionStartLimit? limit, DateTimeOffset fetchedAt)
    {
        private SessionStartLimit? _limit = limit;
        private DateTimeOffset _fetchedAt = fetchedAt;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int? Remaining { get; set; } = limit?.Remaining;

        public int Total => _limit?.Total ?? 0;

        public DateTimeOffset ResetAt => _fetchedAt + TimeSpan.FromMilliseconds(Math.Max(_limit?.ResetAfter ?? 0, 0));

        public void Refresh(SessionStartLimit? limit, DateTimeOffset fetchedAt)
        {
            _limit = limit;
            _fetchedAt = fetchedAt;
            Remaining = limit?.Remaining;
        }
    }
}
