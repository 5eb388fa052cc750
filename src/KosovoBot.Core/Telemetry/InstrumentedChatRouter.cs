using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Telemetry;

/// <summary>
/// Wraps the router to count every request by platform and outcome, time it, and give the routing its own
/// activity under the message's.
/// </summary>
public sealed class InstrumentedChatRouter(IChatRouter inner, BotTelemetry telemetry, TimeProvider time) : IChatRouter
{
    /// <inheritdoc />
    public async Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = telemetry.ActivitySource.StartActivity("route");
        var started = time.GetTimestamp();
        try
        {
            var reply = await inner.RouteAsync(request, cancellationToken);
            activity?.SetTag("kosovobot.reply", reply.Kind.ToString());
            telemetry.RecordQuestion(request.Origin.Platform, OutcomeOf(reply.Kind), time.GetElapsedTime(started));
            return reply;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            telemetry.RecordQuestion(request.Origin.Platform, QuestionOutcome.Error, time.GetElapsedTime(started));
            throw;
        }
    }

    private static QuestionOutcome OutcomeOf(ReplyKind kind) => kind switch
    {
        ReplyKind.NoAnswer => QuestionOutcome.Declined,
        ReplyKind.Error => QuestionOutcome.Error,
        ReplyKind.Notice => QuestionOutcome.Notice,
        _ => QuestionOutcome.Answered,
    };
}
