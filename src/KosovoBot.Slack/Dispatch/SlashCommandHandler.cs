using System.Net.WebSockets;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Telemetry;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Protocol;
using KosovoBot.Slack.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// Answers a slash command in its acknowledgement when the answer is ready within the budget (well inside
/// Slack's 3 s), otherwise acknowledges empty and sends the answer to <c>response_url</c> from the reply queue.
/// When the acknowledgement cannot be sent (the socket dropped or was retired meanwhile) a computed answer
/// goes to <c>response_url</c> too. Answers are <c>in_channel</c>; usage errors and help are ephemeral.
/// </summary>
internal sealed class SlashCommandHandler(
    IChatRouter router,
    SlashCommandMap commands,
    SlackApiClient api,
    ReplyQueue queue,
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
        using var activity = telemetry.StartMessage(SlackAdapter.PlatformName, "slash command");
        Log.SlashCommandReceived(logger, command.Command, command.UserId, command.ChannelId);
        if (commands.Find(command.Command) is not { } name)
        {
            var unknown = ChatReply.Error(
                $"I don't know the command {command.Command}.", $"Try {string.Join(", ", commands.Names)}.");
            if (!await TryAcknowledgeAsync(acknowledge, SlackRenderer.RenderSlashResponse(unknown), cancellationToken))
            {
                await AnswerLateAsync(command, Task.FromResult(unknown));
            }

            return;
        }

        var routing = RouteAsync(command, name, cancellationToken);
        if (replyInAck)
        {
            try
            {
                var reply = await routing.WaitAsync(options.Value.SlashCommandReplyBudget, time, cancellationToken);
                if (!await TryAcknowledgeAsync(acknowledge, SlackRenderer.RenderSlashResponse(reply), cancellationToken))
                {
                    await AnswerLateAsync(command, routing);
                }

                return;
            }
            catch (TimeoutException)
            {
                Log.SlashCommandDeferred(logger);
            }
        }

        // Unacknowledged, Slack shows the user an error, but response_url still takes the answer.
        await TryAcknowledgeAsync(acknowledge, null, cancellationToken);
        await AnswerLateAsync(command, routing);
    }

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

    private async Task AnswerLateAsync(SlashCommand command, Task<ChatReply> routing)
    {
        if (!Uri.TryCreate(command.ResponseUrl, UriKind.Absolute, out var responseUrl))
        {
            Log.EventIgnored(logger, "slash_command", command.Command, "no response_url for a late answer");
            await routing; // owned here, so it is never left running unobserved
            return;
        }

        queue.Enqueue(async ct =>
        {
            var reply = await routing;
            await api.PostToResponseUrlAsync(responseUrl, SlackRenderer.RenderSlashResponse(reply), ct);
        });
    }

    private async Task<ChatReply> RouteAsync(SlashCommand command, ChatCommandName name, CancellationToken cancellationToken)
    {
        try
        {
            return await router.RouteAsync(
                new ChatRequest
                {
                    Text = command.Text ?? string.Empty,
                    Command = name,
                    Origin = new ChatOrigin(
                        SlackAdapter.PlatformName,
                        command.ChannelId ?? string.Empty,
                        command.UserId ?? string.Empty,
                        IsDirectMessage: command.ChannelId?.StartsWith('D') == true),
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            return ChatReply.Error("Sorry, something went wrong while answering. Please try again.");
        }
    }
}
