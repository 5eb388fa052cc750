using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Resilience;
using KosovoBot.Core.SharedState;
using KosovoBot.Core.Telemetry;
using KosovoBot.Discord.Commands;
using KosovoBot.Discord.Dispatch;
using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord;

/// <summary>Registers the Discord adapter.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="DiscordOptions"/> from the <c>Discord</c> section (at start-up) and registers the
    /// adapter as an <see cref="IChatAdapter"/>. The host registers <see cref="IChatRouter"/>,
    /// <c>IQuoteService</c>, <c>ChannelSettings</c> and <c>IQuestionRecords</c> (<c>AddKosovoBotCore</c>), and calls this only
    /// when <c>Discord:Token</c> is set.
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotTelemetry();
#pragma warning disable RS0030 // The composition root is where the shared randomness is injected from.
        services.TryAddKeyedSingleton(Backoff.RandomServiceKey, Random.Shared);
#pragma warning restore RS0030
        // The factory's default logging writes whole request URIs, and interaction and webhook URIs hold tokens.
        services.AddHttpClient(DiscordRestClient.HttpClientName, static (provider, http) =>
                http.Timeout = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.RequestTimeout)
            .RemoveAllLoggers();

        services.AddLocalSharedState(); // unless Redis was registered first
        services.TryAddSingleton<IWebSocketConnectionFactory, ClientWebSocketConnectionFactory>();
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<ReconnectPolicy>();
        services.AddSingleton<GatewaySessionState>();
        services.AddSingleton<GatewayConnectionFactory>();
        services.AddSingleton<GatewayClient>();
        services.AddSingleton<RecentIds>();
        services.AddSingleton<AnswerPlaces>();
        services.AddSingleton<BotRoles>();
        services.AddSingleton<ThreadParents>();
        services.AddSingleton<ReplyChains>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<InteractionReplies>();
        services.AddSingleton<ComponentHandler>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<DiscordDispatcher>();
        services.AddSingleton<IDispatchSink>(static provider => provider.GetRequiredService<DiscordDispatcher>());
        services.AddSingleton<CommandRegistrar>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelMessageAccess, DiscordMessageAccess>());
        services.AddSingleton<IChatAdapter, DiscordChatAdapter>();
        return services;
    }
}
