using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rendering;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Answers a guild message that mentions the bot (in its text, in <c>mentions</c> as a reply that pings it does, or
/// through its managed role), in a channel an admin set to <c>questions</c> every message that reads as a question,
/// and every DM, as a reply to the asker's message; ignores channels set to <c>off</c>, bots (itself included),
/// webhooks and messages without text. Each question is a turn of its conversation: the DM, the thread, or the
/// chain of replies it continues.
/// </summary>
internal sealed class MessageHandler(
    IChatRouter router,
    DiscordRestClient rest,
    GatewaySessionState state,
    RecentIds recent,
    BotRoles roles,
    ReplyChains chains,
    ThreadParents threads,
    ChannelSettings channels,
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
        var origin = new ChatOrigin(DiscordClientInfo.Platform, message.ChannelId, message.Author.Id, isDirect) { ServerId = message.GuildId };
        if (!isDirect && !await WantedAsync(message, origin, self, cancellationToken))
        {
            return;
        }

        if (!await recent.TryAddAsync("message:" + message.Id, cancellationToken))
        {
            return;
        }

        logger.HandlingEvent("message", message.Id, message.ChannelId);
        var conversation = ConversationOf(message, isDirect);
        chains.Add(message.Id, conversation);
        var request = new ChatRequest
        {
            Text = message.Content,
            Origin = origin,
            ConversationId = conversation,
            Record = true,
        };
        var reply = await SafeRouter.RouteAsync(router, request, logger, cancellationToken);
        await rest.CreateMessageAsync(message.ChannelId, DiscordRenderer.Render(reply).ToReply(message.Id), cancellationToken);
    }

    /// <summary>
    /// The DM, the thread, or the chain of replies: a reply to the bot's answer points (through the answer's own
    /// reference) at the question it answered, whose conversation it continues. Anything else starts one.
    /// </summary>
    private string ConversationOf(MessageCreateData message, bool isDirect)
    {
        if (isDirect)
        {
            return $"discord:dm:{message.ChannelId}";
        }

        if (ThreadParents.IsThread(message.ChannelType))
        {
            return $"discord:thread:{message.ChannelId}";
        }

        return chains.Find(message.MessageReference?.MessageId)
            ?? chains.Find(message.ReferencedMessage?.MessageReference?.MessageId)
            ?? $"discord:message:{message.Id}";
    }

    /// <summary>
    /// Whether a guild message is for the bot: never in a channel set to <c>off</c>; when it mentions the bot; and in a
    /// channel set to <c>questions</c>, when it reads as a question. The channel's setting is read only for those; a
    /// thread without a mode of its own follows the channel it was started in.
    /// </summary>
    private async Task<bool> WantedAsync(MessageCreateData message, ChatOrigin origin, string? self, CancellationToken cancellationToken)
    {
        var addressed = Addressed(message, self);
        if (!addressed && !QuestionText.IsQuestion(message.Content))
        {
            return false;
        }

        if (ThreadParents.IsThread(message.ChannelType))
        {
            origin = origin with { ParentChannelId = await threads.ParentOfAsync(message.ChannelId, cancellationToken) };
        }

        var mode = await channels.ModeAsync(origin, cancellationToken);
        if (mode == ChannelMode.Off)
        {
            logger.ChannelOff(message.Id, message.ChannelId);
            return false;
        }

        return mode == ChannelMode.Questions || addressed;
    }

    private bool Addressed(MessageCreateData message, string? self) =>
        self is not null
        && (MentionsBot(message.Content!, self)
            || message.Mentions?.Any(user => user.Id == self) == true
            || message.MentionRoles?.Any(roles.IsBotRole) == true
            || roles.All.Any(role => message.Content!.Contains($"<@&{role}>", StringComparison.Ordinal)));

    internal static bool MentionsBot(string content, string? selfId) =>
        selfId is not null
        && (content.Contains($"<@{selfId}>", StringComparison.Ordinal) || content.Contains($"<@!{selfId}>", StringComparison.Ordinal));
}
