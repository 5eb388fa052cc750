using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using KosovoBot.Core.Chat;
using KosovoBot.Core.SharedState;
using KosovoBot.Core.Telemetry;
using KosovoBot.Core.Text;
using KosovoBot.Core.Work;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Protocol;
using KosovoBot.Slack.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// Answers a slash command in its acknowledgement when the answer is ready within the budget (well inside
/// Slack's 3 s), otherwise acknowledges empty and sends the answer to <c>response_url</c>. The answer is worked on
/// by the reply queue's workers, like an event's, so slash commands are bounded by <c>Slack:ReplyWorkers</c> too:
/// when every worker is busy the command is acknowledged empty at the end of the budget and answered later.
/// When the acknowledgement cannot be sent (the socket dropped or was retired meanwhile) a computed answer
/// goes to <c>response_url</c> too. Answers are <c>in_channel</c>; usage errors, help, notices (a limit reached, a
/// setting changed, a refusal) and private answers (<c>/ask -p</c>) are ephemeral. <c>/kosovobot</c> carries whether the
/// user is an admin (<see cref="SlackAdmins"/>). With several
/// replicas only the one that claims the invocation (its <c>trigger_id</c>, else its <c>response_url</c>) answers,
/// so a <c>response_url</c> is used once.
/// </summary>
internal sealed class SlashCommandHandler(
    IChatRouter router,
    SlashCommandMap commands,
    SlackApiClient api,
    SlackAdmins admins,
    [FromKeyedServices(SlackServiceCollectionExtensions.ReplyQueueKey)] OrderedWorkers queue,
    IEventDeduplicator claims,
    IOptions<SlackOptions> options,
    TimeProvider time,
    BotTelemetry telemetry,
    ILogger<SlashCommandHandler> logger)
{
    /// <summary>
    /// Handles <paramref name="command"/>; <paramref name="acknowledge"/> is called exactly once, with the reply
    /// when <paramref name="replyInAck"/> allows and it is ready in time, else with null. It may throw
    /// <see cref="WebSocketException"/> or <see cref="InvalidOperationException"/> when the acknowledgement
    /// cannot be sent; the reply then goes to <c>response_url</c>.
    /// </summary>
    public async Task HandleAsync(
        SlashCommand command,
        bool replyInAck,
        Func<SlashCommandResponse?, CancellationToken, Task> acknowledge,
        CancellationToken cancellationToken)
    {
        using var activity = telemetry.StartMessage(SlackChatAdapter.PlatformName, "slash command");
        Log.SlashCommandReceived(logger, command.Command, command.UserId, command.ChannelId);
        if (InvocationId(command) is { } invocation && !await claims.TryClaimAsync(invocation, cancellationToken))
        {
            Log.SlashCommandTakenElsewhere(logger, command.Command);
            await TryAcknowledgeAsync(acknowledge, null, cancellationToken);
            return;
        }

        if (commands.Find(command.Command) is not { } name)
        {
            var unknown = ChatReply.Error(
                BotText.Format(BotMessages.UnknownCommand, command.Command), BotText.Format(BotMessages.TryCommands, string.Join(", ", commands.Names)));
            if (!await TryAcknowledgeAsync(acknowledge, SlackRenderer.RenderSlashResponse(unknown), cancellationToken))
            {
                var admission = queue.TryEnqueue(null, ct => PostLateAsync(command, unknown, ct));
                if (admission != WorkAdmission.Accepted)
                {
                    Log.WorkRefused(logger, command.Command ?? "slash command", admission);
                }
            }

            return;
        }

        // Set once the acknowledgement went out: true when it did not carry the answer, which then goes to response_url.
        var late = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            var routing = Answer(command, name, late.Task);
            if (replyInAck)
            {
                try
                {
                    var reply = await routing.WaitAsync(options.Value.SlashCommandReplyBudget, time, cancellationToken);
                    late.TrySetResult(!await TryAcknowledgeAsync(acknowledge, SlackRenderer.RenderSlashResponse(reply), cancellationToken));
                    return;
                }
                catch (TimeoutException)
                {
                    Log.SlashCommandDeferred(logger);
                }
            }

            // Unacknowledged, Slack shows the user an error, but response_url still takes the answer.
            await TryAcknowledgeAsync(acknowledge, null, cancellationToken);
            late.TrySetResult(true);
        }
        finally
        {
            late.TrySetResult(false);
        }
    }

    /// <summary>What names one invocation on every replica; the response_url is a secret, so only its hash is stored.</summary>
    private static string? InvocationId(SlashCommand command) =>
        command.TriggerId is { Length: > 0 } trigger ? "slack:command:" + trigger
        : command.ResponseUrl is { Length: > 0 } url ? "slack:command:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(url)))
        : null;

    private async Task<bool> TryAcknowledgeAsync(
        Func<SlashCommandResponse?, CancellationToken, Task> acknowledge,
        SlashCommandResponse? reply,
        CancellationToken cancellationToken)
    {
        try
        {
            await acknowledge(reply, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or InvalidOperationException)
        {
            Log.SlashCommandAckFailed(logger, ex);
            return false;
        }
    }

    /// <summary>
    /// Queues the answer on a reply worker and returns it; once <paramref name="late"/> says the acknowledgement went
    /// out without it, the same worker sends it to <c>response_url</c>.
    /// </summary>
    private Task<ChatReply> Answer(SlashCommand command, ChatCommandName name, Task<bool> late)
    {
        var routed = new TaskCompletionSource<ChatReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var admission = queue.TryEnqueue(null, async ct =>
        {
            ChatReply reply;
            try
            {
                reply = await RouteAsync(command, name, ct);
            }
            catch (OperationCanceledException)
            {
                routed.TrySetCanceled(ct);
                throw;
            }

            routed.TrySetResult(reply);
            if (await late.WaitAsync(ct))
            {
                await PostLateAsync(command, reply, ct);
            }
        });
        if (admission != WorkAdmission.Accepted)
        {
            // Refused: the acknowledgement says so rather than leaving the user without an answer.
            Log.WorkRefused(logger, command.Command ?? "slash command", admission);
            routed.TrySetResult(ChatReply.Error(BotMessages.Busy, BotMessages.BusyHint));
        }

        return routed.Task;
    }

    private async Task PostLateAsync(SlashCommand command, ChatReply reply, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(command.ResponseUrl, UriKind.Absolute, out var responseUrl))
        {
            Log.EventIgnored(logger, "slash_command", command.Command, "no response_url for a late answer");
            return;
        }

        await api.PostToResponseUrlAsync(responseUrl, SlackRenderer.RenderSlashResponse(reply), cancellationToken);
    }

    private async Task<ChatReply> RouteAsync(SlashCommand command, ChatCommandName name, CancellationToken cancellationToken)
    {
        try
        {
            var text = command.Text ?? string.Empty;
            var isPrivate = name == ChatCommandName.Ask && PrivateFlag.TryStrip(text, out text);
            var user = command.UserId ?? string.Empty;
            return await router.RouteAsync(
                new ChatRequest
                {
                    Text = text,
                    Command = name,
                    Origin = new ChatOrigin(
                        SlackChatAdapter.PlatformName,
                        command.ChannelId ?? string.Empty,
                        user,
                        IsDirectMessage: command.ChannelId?.StartsWith('D') == true)
                    {
                        ServerId = string.IsNullOrEmpty(command.TeamId) ? null : command.TeamId,
                    },
                    IsAdmin = name == ChatCommandName.Manage && await admins.IsAdminAsync(user, cancellationToken),
                    Private = isPrivate,
                    Record = true,
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            return ChatReply.Error(BotMessages.AnswerFailed);
        }
    }
}
