using KosovoBot.Core.Chat;
using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rendering;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Answers a guild message that mentions the bot and every DM, as a reply to the asker's message; ignores
/// bots (itself included), webhooks and messages without text.
/// </summary>
internal sealed class MessageHandler(
    IChatRouter router,
    DiscordRestClient rest,
    GatewaySessionState state,
    RecentIds recent,
    ILogger<MessageHandler> logger)
{
    private const int DefaultMessage = 0;
    private const int ReplyMessage = 19;

    public async Task HandleAsync(MessageCreateData message, CancellationToken cancellationToken)
    {
        var self = state.SelfUserId;
        if (message.Author.Bot == true || message.Author.Id == self || message.WebhookId is not null
            || message.Type is not (DefaultMessage or ReplyMessage) || string.IsNullOrWhiteSpace(message.Content))
        {
            return;
        }

        var isDirect = message.GuildId is null;
        if (!isDirect && !MentionsBot(message.Content, self))
        {
            return;
        }

        if (!await recent.TryAddAsync("message:" + message.Id, cancellationToken))
        {
            return;
        }

        logger.HandlingEvent("message", message.Id, message.ChannelId);
        var request = new ChatRequest
        {
            Text = message.Content,
            Origin = new ChatOrigin(DiscordClientInfo.Platform, message.ChannelId, message.Author.Id, isDirect),
        };
        var reply = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
        await rest.CreateMessageAsync(message.ChannelId, DiscordRenderer.Render(reply).ToReply(message.Id), cancellationToken);
    }

    internal static bool MentionsBot(string content, string? selfId) =>
        selfId is not null
        && (content.Contains($"<@{selfId}>", StringComparison.Ordinal) || content.Contains($"<@!{selfId}>", StringComparison.Ordinal));
}
