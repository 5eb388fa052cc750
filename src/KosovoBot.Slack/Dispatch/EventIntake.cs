using KosovoBot.Core.SharedState;
using KosovoBot.Core.Work;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// Takes an event callback from either transport: drops repeats by <c>event_id</c>, keeps only questions,
/// and queues the answer. Never blocks, so the caller can acknowledge at once. A question is answered only by the
/// replica that claims its <c>event_id</c> first (<see cref="IEventDeduplicator"/>, shared through Redis when
/// configured), so with several replicas, or a retry that reaches another one, each event is answered once.
/// </summary>
internal sealed class EventIntake(
    SlackIdentityStore identity,
    [FromKeyedServices(SlackServiceCollectionExtensions.ReplyQueueKey)] OrderedWorkers queue,
    SlackResponder responder,
    IEventDeduplicator claims,
    IOptions<SlackOptions> options,
    ILogger<EventIntake> logger)
{
    private readonly EventIdCache _handled = new(options.Value.DedupeCapacity);

    /// <summary>Accepts <paramref name="callback"/>; <paramref name="retryAttempt"/> is Slack's redelivery count.</summary>
    public void Accept(EventCallback callback, int retryAttempt)
    {
        if (callback.Type != "event_callback" || callback.Event is not { } e)
        {
            Log.EventIgnored(logger, callback.Type, null, "not an event_callback");
            return;
        }

        if (callback.EventId is { Length: > 0 } eventId && !_handled.TryAdd(eventId))
        {
            Log.DuplicateEvent(logger, eventId, retryAttempt);
            return;
        }

        var question = EventFilter.ToQuestion(e, identity.Current, out var why) is { } found ? found with { TeamId = callback.TeamId } : null;
        if (question is null)
        {
            Log.EventIgnored(logger, e.Type, e.Subtype, why);
            return;
        }

        // One conversation (a thread, or a DM) is answered in the order asked.
        var conversation = question.ConversationId;
        if (callback.EventId is not { Length: > 0 } id)
        {
            Admit(queue.TryEnqueue(conversation, ct => responder.AnswerAsync(question, ct)), e.Type);
            return;
        }

        Admit(queue.TryEnqueue(conversation, async ct =>
        {
            if (!await claims.TryClaimAsync("slack:event:" + id, ct))
            {
                Log.EventAnsweredElsewhere(logger, id, retryAttempt);
                return;
            }

            await responder.AnswerAsync(question, ct);
        }), e.Type);
    }

    private void Admit(WorkAdmission admission, string? eventType)
    {
        if (admission != WorkAdmission.Accepted)
        {
            Log.WorkRefused(logger, eventType ?? "event", admission);
        }
    }
}
