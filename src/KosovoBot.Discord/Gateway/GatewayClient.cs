using KosovoBot.Core.Chat;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var gateway = await GetGatewayAsync(cancellationToken);
        var shardCount = settings.ShardCount ?? 1;
        if (settings.ShardCount is null && gateway.Shards > 1)
        {
            logger.ShardHint(gateway.Shards, settings.ShardId, shardCount);
        }

        // Identifying past the daily budget ends every session and resets the token, so wait for the reset.
        if (gateway.SessionStartLimit is { Remaining: <= 0, ResetAfter: > 0 } limit)
        {
            var reset = TimeSpan.FromMilliseconds(limit.ResetAfter);
            logger.IdentifyBudgetExhausted(limit.Total, reset);
            await time.DelayAtLeastAsync(reset, cancellationToken);
        }

        var gatewayUrl = GatewayUrls.WithQuery(new Uri(gateway.Url));
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
            logger.Connecting(resume ? "resume" : "identify", failures + 1);
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

            failures = outcome.ReachedReady ? 0 : failures + 1;

            // Identifies are budgeted (1000 a day), resumes are free: never identify again without a pause.
            delay = outcome.Delay
                ?? policy.GetDelay(outcome.Action == CloseAction.Identify ? Math.Max(failures, 1) : failures);
        }
    }

    // Discord being briefly unreachable at start-up is no reason to stop; a rejected token (401) is.
    private async Task<GatewayBotResponse> GetGatewayAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await rest.GetGatewayBotAsync(cancellationToken);
            }
            catch (DiscordRestException ex) when (ex.Status is not (401 or 403))
            {
                var delay = policy.GetDelay(failures);
                logger.ConnectionLost("retry GET /gateway/bot", ex);
                logger.ReconnectDelay(delay);
                await time.DelayAtLeastAsync(delay, cancellationToken);
            }
        }
    }
}
