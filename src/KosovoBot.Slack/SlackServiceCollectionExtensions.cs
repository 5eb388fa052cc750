using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Resilience;
using KosovoBot.Core.SharedState;
using KosovoBot.Core.Telemetry;
using KosovoBot.Core.Work;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Dispatch;
using KosovoBot.Slack.Http;
using KosovoBot.Slack.Interactivity;
using KosovoBot.Slack.Socket;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack;

/// <summary>Registers the Slack adapter.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>The service key of the reply workers' queue (events and slash commands share it).</summary>
    internal const string ReplyQueueKey = "Slack:ReplyQueue";

    /// <summary>How many answers may wait for a reply worker; more are refused and logged.</summary>
    internal const int ReplyBacklog = 256;

    /// <summary>
    /// Binds and validates <see cref="SlackOptions"/> (section <c>Slack</c>, checked at start-up) and registers the
    /// Slack <see cref="IChatAdapter"/>. Call it only when <c>Slack:BotToken</c> is set; the host registers the
    /// <see cref="IChatRouter"/> and Core's settings and records (<c>ChannelSettings</c>, <c>IQuestionRecords</c>).
    /// </summary>
    public static IServiceCollection AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotTelemetry();
#pragma warning disable RS0030 // The composition root is where the shared randomness is injected from.
        services.TryAddKeyedSingleton(Backoff.RandomServiceKey, Random.Shared);
#pragma warning restore RS0030
        // IHttpClientFactory's default logging writes every request URI at Information, and a response_url path is
        // a bearer secret; the client logs what it needs itself.
        services.AddHttpClient(SlackApiClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();

        services.AddLocalSharedState(); // unless Redis was registered first
        services.TryAddSingleton<IWebSocketFactory, ClientWebSocketFactory>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackIdentityStore>();
        services.AddSingleton<SlackAdmins>();
        services.AddSingleton<IChannelMessageAccess, SlackChannelMessageAccess>();
        services.AddSingleton<InteractionHandler>();
        services.AddKeyedSingleton(ReplyQueueKey, static (provider, _) =>
        {
            var logger = provider.GetRequiredService<ILogger<SlackChatAdapter>>();
            return new OrderedWorkers(
                provider.GetRequiredService<IOptions<SlackOptions>>().Value.ReplyWorkers, ReplyBacklog, ex => Log.WorkItemFailed(logger, ex));
        });
        services.AddSingleton<OwnedTasks>();
        services.AddSingleton<SlackResponder>();
        services.AddSingleton<EventIntake>();
        services.AddSingleton<SlashCommandMap>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<SocketEnvelopeDispatcher>();
        services.AddSingleton<SocketModeClient>();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackHttpEndpoints>();
        services.AddSingleton<SlackHttpServer>();
        services.AddSingleton<SlackChatAdapter>();
        services.AddSingleton<IChatAdapter>(sp => sp.GetRequiredService<SlackChatAdapter>());
        return services;
    }
}
