using KosovoBot.Core.Chat;
using KosovoBot.Core.Resilience;
using KosovoBot.Core.Work;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Dispatch;
using KosovoBot.Slack.Http;
using KosovoBot.Slack.Socket;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace KosovoBot.Slack;

/// <summary>
/// The Slack adapter: checks the bot token with <c>auth.test</c>, then runs Socket Mode or the HTTP endpoints
/// together with the reply queue, and awaits all of them before it returns.
/// </summary>
internal sealed class SlackChatAdapter(
    SlackApiClient api,
    SlackIdentityStore identity,
    [FromKeyedServices(SlackServiceCollectionExtensions.ReplyQueueKey)] OrderedWorkers replies,
    OwnedTasks background,
    IServiceProvider services,
    IOptions<SlackOptions> options,
    TimeProvider time,
    [FromKeyedServices(Backoff.RandomServiceKey)] Random random,
    ILogger<SlackChatAdapter> logger) : IChatAdapter
{
    /// <summary>The platform name in <see cref="ChatOrigin"/> and logs.</summary>
    public const string PlatformName = "slack";

    // Slack or the network being down at start-up is not fatal: retry with backoff; a refused token is.
    private readonly ResiliencePipeline _authRetries = new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = int.MaxValue,
            ShouldHandle = new PredicateBuilder().Handle<SlackApiException>(),
            DelayGenerator = DelaysOf(new Backoff(options.Value.InitialBackoff, options.Value.MaxBackoff, random)),
            OnRetry = args =>
            {
                Log.StartupRetry(logger, args.Outcome.Exception!, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    public string Name => PlatformName;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var self = await AuthenticateAsync(cancellationToken);
        identity.Set(self);
        Log.Authenticated(logger, self.UserId, self.TeamId);
        Log.Starting(logger, options.Value.Mode);

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var consumers = replies.RunAsync(stopping.Token);
        try
        {
            if (options.Value.Mode == SlackMode.Http)
            {
                await services.GetRequiredService<SlackHttpServer>().RunAsync(stopping.Token);
            }
            else
            {
                await services.GetRequiredService<SocketModeClient>().RunAsync(stopping.Token);
            }
        }
        finally
        {
            await stopping.CancelAsync();
            await background.WhenAllAsync();
            await consumers;
        }
    }

    private static Func<RetryDelayGeneratorArguments<object>, ValueTask<TimeSpan?>> DelaysOf(Backoff backoff) =>
        args => ValueTask.FromResult<TimeSpan?>(backoff.Delay(args.AttemptNumber));

    private Task<SlackBotIdentity> AuthenticateAsync(CancellationToken cancellationToken) =>
        _authRetries.ExecuteAsync(async token => await api.AuthTestAsync(token), cancellationToken).AsTask();
}
