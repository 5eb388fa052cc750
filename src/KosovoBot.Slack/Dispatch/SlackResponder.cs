using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Telemetry;
using KosovoBot.Core.Text;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Protocol;
using KosovoBot.Slack.Rendering;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// Answers one question: checks the channel's mode (nothing in an <c>off</c> channel; plain channel messages only in a
/// <c>questions</c> channel), routes it as a kept turn of its conversation, renders the reply and posts it into the
/// asker's thread (or inline in a DM). A notice (a limit reached) and a private answer go only to the asker
/// (<c>chat.postEphemeral</c>).
/// </summary>
internal sealed class SlackResponder(
    IChatRouter router,
    ChannelSettings channels,
    SlackApiClient api,
    BotTelemetry telemetry,
    ILogger<SlackResponder> logger)
{
    public async Task AnswerAsync(IncomingQuestion question, CancellationToken cancellationToken)
    {
        var origin = new ChatOrigin(SlackChatAdapter.PlatformName, question.ChannelId, question.UserId, question.IsDirectMessage)
        {
            ServerId = question.TeamId,
        };
        var mode = await channels.ModeAsync(origin, cancellationToken);
        if (mode == ChannelMode.Off || (question.IsChannelMessage && mode != ChannelMode.Questions))
        {
            Log.ChannelModeSkip(logger, question.ChannelId, mode);
            return;
        }

        using var activity = telemetry.StartMessage(SlackChatAdapter.PlatformName, "message");
        Log.Question(logger, question.UserId, question.ChannelId);
        ChatReply reply;
        try
        {
            reply = await router.RouteAsync(
                new ChatRequest
                {
                    Text = question.Text,
                    Origin = origin,
                    ConversationId = question.ConversationId,
                    Record = true,
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            reply = ChatReply.Error(BotMessages.AnswerFailed);
        }

        var message = SlackRenderer.Render(reply);
        if (reply.Kind == ReplyKind.Notice || reply.Shareable)
        {
            await api.PostEphemeralAsync(
                new PostEphemeralRequest
                {
                    Channel = question.ChannelId,
                    User = question.UserId,
                    Text = message.Text,
                    Blocks = message.Blocks,
                    ThreadTs = question.InExistingThread ? question.ThreadTs : null,
                },
                cancellationToken);
            return;
        }

        await api.PostMessageAsync(message.ToPostMessage(question.ChannelId, question.ThreadTs), cancellationToken);
    }
}
