using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Protocol;
using KosovoBot.Slack.Rendering;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Slack.Interactivity;

/// <summary>
/// Handles the bot's buttons and its form, from Socket Mode <c>interactive</c> envelopes and the HTTP interactivity
/// request URL alike, after they were acknowledged: 👍 keeps a helpful vote and thanks the user privately; 👎 keeps an
/// unhelpful vote at once (so it counts even when the form is closed) and opens the "what went wrong?" form with the
/// click's trigger; the form's submission replaces that vote with the chosen problem and text; "Share in channel" asks
/// the kept question again (without keeping it twice), posts the answer for everyone, attributed to the asker, and
/// removes the private copy.
/// </summary>
internal sealed class InteractionHandler(
    IQuestionRecords records,
    IChatRouter router,
    SlackApiClient api,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    public async Task HandleAsync(InteractionPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var user = payload.User?.Id;
        if (string.IsNullOrEmpty(user))
        {
            Log.InteractionIgnored(logger, payload.Type, "no user");
            return;
        }

        switch (payload.Type)
        {
            case "block_actions":
                foreach (var action in payload.Actions ?? [])
                {
                    await HandleActionAsync(payload, action, user, cancellationToken);
                }

                break;
            case "view_submission" when payload.View?.CallbackId == ActionIds.FeedbackForm:
                await SubmitFormAsync(payload.View, user, cancellationToken);
                break;
            default:
                Log.InteractionIgnored(logger, payload.Type, "not one of the bot's");
                break;
        }
    }

    private async Task HandleActionAsync(InteractionPayload payload, InteractionAction action, string user, CancellationToken cancellationToken)
    {
        if (action.Value is not { Length: > 0 } recordId)
        {
            Log.InteractionIgnored(logger, action.ActionId, "no record id");
            return;
        }

        Log.Interaction(logger, action.ActionId ?? "action", user);
        switch (action.ActionId)
        {
            case ActionIds.Helpful:
                await records.RecordFeedbackAsync(new AnswerFeedback(recordId, user, Helpful: true, null, null, time.GetUtcNow()), cancellationToken);
                await TellAsync(payload, user, BotMessages.SlackFeedbackThanks, cancellationToken);
                break;
            case ActionIds.Unhelpful:
                // The trigger expires 3 s after the click: open the form before anything else.
                if (payload.TriggerId is { Length: > 0 } trigger)
                {
                    await api.OpenViewAsync(new ViewsOpenRequest { TriggerId = trigger, View = FeedbackForm.Build(recordId) }, cancellationToken);
                }

                await records.RecordFeedbackAsync(new AnswerFeedback(recordId, user, Helpful: false, null, null, time.GetUtcNow()), cancellationToken);
                break;
            case ActionIds.Share:
                await ShareAsync(payload, recordId, user, cancellationToken);
                break;
            default:
                Log.InteractionIgnored(logger, action.ActionId, "not one of the bot's buttons");
                break;
        }
    }

    private async Task SubmitFormAsync(InteractionView view, string user, CancellationToken cancellationToken)
    {
        if (view.PrivateMetadata is not { Length: > 0 } recordId)
        {
            Log.InteractionIgnored(logger, view.CallbackId, "no record id");
            return;
        }

        Log.Interaction(logger, "feedback form", user);
        var feedback = new AnswerFeedback(
            recordId, user, Helpful: false, FeedbackForm.Problem(view.State) ?? FeedbackProblem.Other, FeedbackForm.Comment(view.State), time.GetUtcNow());
        await records.RecordFeedbackAsync(feedback, cancellationToken);
    }

    private async Task ShareAsync(InteractionPayload payload, string recordId, string user, CancellationToken cancellationToken)
    {
        var record = await records.FindAsync(recordId, cancellationToken);
        var channel = ChannelOf(payload) ?? record?.ChannelId;
        if (record is null || channel is null)
        {
            await TellAsync(payload, user, BotMessages.SlackRecordGone, cancellationToken);
            return;
        }

        var question = record.UnderstoodAs ?? record.Question;
        var reply = await router.RouteAsync(
            new ChatRequest
            {
                Text = question,
                Command = ChatCommandName.Ask,
                Origin = new ChatOrigin(SlackChatAdapter.PlatformName, channel, record.UserId, IsDirectMessage: channel.StartsWith('D'))
                {
                    ServerId = record.ServerId,
                },
            },
            cancellationToken);
        var shared = SlackRenderer.RenderShared(reply, record.UserId, question);
        if (await api.PostMessageAsync(shared.ToPostMessage(channel, threadTs: null), cancellationToken) is not null
            && payload.Container?.IsEphemeral == true
            && Uri.TryCreate(payload.ResponseUrl, UriKind.Absolute, out var responseUrl))
        {
            // The private copy goes once the public one is there, so it cannot be shared twice.
            await api.DeleteOriginalAsync(responseUrl, cancellationToken);
        }
    }

    private async Task TellAsync(InteractionPayload payload, string user, string text, CancellationToken cancellationToken)
    {
        if (ChannelOf(payload) is not { } channel)
        {
            return;
        }

        await api.PostEphemeralAsync(
            new PostEphemeralRequest { Channel = channel, User = user, Text = Mrkdwn.Escape(text), ThreadTs = payload.Message?.ThreadTs },
            cancellationToken);
    }

    private static string? ChannelOf(InteractionPayload payload) =>
        payload.Channel?.Id is { Length: > 0 } id ? id : payload.Container?.ChannelId is { Length: > 0 } container ? container : null;
}
