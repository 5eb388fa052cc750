using KosovoBot.ConsoleChat;
using KosovoBot.Discord;
using KosovoBot.SemanticKernel;
using KosovoBot.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Composition;

/// <summary>Chooses the chat adapters: each platform whose credentials are set, or the console when none is.</summary>
internal static class ChatPlatforms
{
    /// <summary>
    /// Registers the configured adapters and returns their names; with <c>Redis:Connection</c> set, their shared state
    /// (event de-duplication, conversations, the identify lock) lives in Redis, registered by the host composition
    /// before them and connected before they start.
    /// </summary>
    public static IReadOnlyList<string> AddConfigured(IServiceCollection services, IConfiguration configuration, ConsoleStreams streams)
    {
        var added = new List<string>();
        if (IsSet(configuration, "Discord:Token"))
        {
            services.AddDiscordAdapter(configuration);
            if (SemanticKernelServiceCollectionExtensions.IsLlmEnabled(configuration))
            {
                // A model may take longer than Discord's 3-second interaction window: acknowledge first, then edit.
                services.PostConfigure<DiscordOptions>(options => options.DeferReplies = true);
            }
            added.Add("discord");
        }

        if (IsSet(configuration, "Slack:BotToken"))
        {
            services.AddSlackAdapter(configuration);
            added.Add("slack");
        }

        if (added.Count == 0 || configuration.GetValue<bool>("Console:Enabled"))
        {
            services.AddConsoleChat(streams);
            added.Add("console");
        }

        return added;
    }

    private static bool IsSet(IConfiguration configuration, string key) => !string.IsNullOrWhiteSpace(configuration[key]);
}
