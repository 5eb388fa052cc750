using KosovoBot.Core.Chat;
using KosovoBot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.ConsoleChat;

/// <summary>Registers the console chat adapter.</summary>
internal static class ConsoleChatServiceCollectionExtensions
{
    /// <summary>Adds the console chat as an <see cref="IChatAdapter"/> over <paramref name="streams"/>.</summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services, ConsoleStreams streams)
    {
        services.AddSingleton(streams);
        services.AddBotTelemetry();
        services.AddSingleton<IChatAdapter, ConsoleChatAdapter>();
        return services;
    }
}
