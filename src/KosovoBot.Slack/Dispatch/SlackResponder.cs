using KosovoBot.Core.Chat;
using KosovoBot.Core.Telemetry;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Rendering;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Slack.Dispatch;

/// <summary>Answers one question: route it as a turn of its conversation, render the reply, post it into the asker's thread (or inline in a DM).</summary>
internal sealed class SlackResponder(IChatRouter router, SlackApiClient api, BotTelemetry telemetry, ILogger<SlackResponder> logger)
{
    public async Task AnswerAsync(IncomingQuestion question, CancellationToken cancellationToken)
    {
        using var activity = telemetry.StartMessage(SlackChatAdapter.PlatformName, "message");
        Log.Question(logger, question.UserId, question.ChannelId);
        ChatReply reply;
        try
        {
            reply = await router.RouteAsync(
                new ChatRequest
                {
                    Text = question.Text,
                    Origin = new ChatOrigin(SlackChatAdapter.PlatformName, question.ChannelId, question.UserId, question.IsDirectMessage),
                    ConversationId = question.ConversationId,
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            reply = ChatReply.Error("Sorry, something went wrong while answering. Please try again.");
        }

        var message = SlackRenderer.Render(reply);
        await api.PostMessageAsync(message.ToPostMessage(question.ChannelId, question.ThreadTs), cancellationToken);
    }
}
