using System.Text.Json;
using System.Threading.Channels;
using KosovoBot.Core.Telemetry;
using KosovoBot.Core.Work;
using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Protocol;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Takes dispatches off the receive loop and hands each to an owned worker task, so that the socket keeps reading
/// heartbeat ACKs and no event waits for another one's slow answer: every interaction runs on its own at once (its
/// first callback must reach Discord within 3 seconds, so only its answering is bounded, by <see cref="AnswerPlaces"/>),
/// and messages run concurrently across channels but in order within a channel (a channel's replies share its rate
/// limit anyway), at most <see cref="MaxConcurrency"/> at a time. Every task is awaited at shutdown, and a failing
/// event is logged and skipped; the lanes keep running.
/// </summary>
internal sealed class DiscordDispatcher(
    MessageHandler messages,
    InteractionHandler interactions,
    BotRoles roles,
    ThreadParents threads,
    BotTelemetry telemetry,
    ILogger<DiscordDispatcher> logger) : IDispatchSink
{
    /// <summary>How many messages, and how many slash command answers, are worked on at the same time.</summary>
    internal const int MaxConcurrency = 8;

    /// <summary>How many events of a lane may wait for a worker; more are refused and logged.</summary>
    internal const int MaxBacklog = 256;

    private readonly Channel<DispatchEvent> _messageLane = Channel.CreateUnbounded<DispatchEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<DispatchEvent> _interactionLane = Channel.CreateUnbounded<DispatchEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly OrderedWorkers _messageWorkers = new(MaxConcurrency, MaxBacklog, ex => logger.ReplyFailed("message", ex));
    private readonly OrderedWorkers _interactionWorkers = new(int.MaxValue, MaxBacklog, ex => logger.ReplyFailed("interaction", ex));

    public void Post(string eventName, int? sequence, JsonElement data)
    {
        if (eventName is "GUILD_CREATE" or "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE"
            or "THREAD_CREATE" or "THREAD_UPDATE" or "THREAD_LIST_SYNC")
        {
            Learn(eventName, sequence, data);
            return;
        }

        var lane = eventName switch
        {
            "MESSAGE_CREATE" => _messageLane,
            "INTERACTION_CREATE" => _interactionLane,
            _ => null,
        };
        lane?.Writer.TryWrite(new DispatchEvent(eventName, sequence, data));
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // The worker queues end when the token fires, once their running work has ended.
        await Task.WhenAll(
            RunLaneAsync(_messageLane.Reader, _messageWorkers, ChannelOf, HandleMessageAsync, cancellationToken),
            RunLaneAsync(_interactionLane.Reader, _interactionWorkers, static _ => null, HandleInteractionAsync, cancellationToken),
            _messageWorkers.RunAsync(cancellationToken),
            _interactionWorkers.RunAsync(cancellationToken));
    }

    /// <summary>
    /// Notes the bot's managed role, so that mentioning the role reaches the bot, and each thread's parent channel, so
    /// that a thread follows its channel's mode.
    /// </summary>
    private void Learn(string eventName, int? sequence, JsonElement data)
    {
        try
        {
            if (data.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            switch (eventName)
            {
                case "GUILD_CREATE":
                    var guild = data.Deserialize(DiscordJsonContext.Default.GuildCreateData);
                    roles.Learn(guild?.Roles);
                    threads.Learn(guild?.Threads);
                    return;
                case "THREAD_CREATE" or "THREAD_UPDATE":
                    threads.Learn(data.Deserialize(DiscordJsonContext.Default.DiscordChannel) is { } thread ? [thread] : null);
                    return;
                case "THREAD_LIST_SYNC":
                    threads.Learn(data.Deserialize(DiscordJsonContext.Default.ThreadListSyncData)?.Threads);
                    return;
            }

            if (data.Deserialize(DiscordJsonContext.Default.GuildRoleEvent)?.Role is { } role)
            {
                roles.Learn([role]);
            }
        }
        catch (JsonException ex)
        {
            logger.MalformedDispatch(eventName, sequence, ex);
        }
    }

    private static string? ChannelOf(DispatchEvent item) =>
        item.Data.ValueKind == JsonValueKind.Object
        && item.Data.TryGetProperty("channel_id", out var channel)
        && channel.ValueKind == JsonValueKind.String
            ? channel.GetString()
            : null;

    private async Task HandleMessageAsync(DispatchEvent item, CancellationToken cancellationToken)
    {
        var message = (item.Data.ValueKind == JsonValueKind.Object ? item.Data.Deserialize(DiscordJsonContext.Default.MessageCreateData) : null)
            ?? throw new JsonException("MESSAGE_CREATE without data.");
        await messages.HandleAsync(message, cancellationToken);
    }

    private async Task HandleInteractionAsync(DispatchEvent item, CancellationToken cancellationToken)
    {
        var interaction = (item.Data.ValueKind == JsonValueKind.Object ? item.Data.Deserialize(DiscordJsonContext.Default.InteractionData) : null)
            ?? throw new JsonException("INTERACTION_CREATE without data.");
        await interactions.HandleAsync(interaction, cancellationToken);
    }

    private async Task RunLaneAsync(
        ChannelReader<DispatchEvent> reader,
        OrderedWorkers workers,
        Func<DispatchEvent, string?> orderKey,
        Func<DispatchEvent, CancellationToken, Task> handle,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in reader.ReadAllAsync(cancellationToken))
            {
                var admission = workers.TryEnqueue(orderKey(item), token => HandleSafelyAsync(item, handle, token));
                if (admission != WorkAdmission.Accepted)
                {
                    logger.DispatchRefused(item.Name, item.Sequence, admission);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down; whatever is still queued is dropped with the session.
        }
    }

    private async Task HandleSafelyAsync(DispatchEvent item, Func<DispatchEvent, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        using var activity = telemetry.StartMessage(DiscordClientInfo.Platform, item.Name);
        try
        {
            await handle(item, cancellationToken);
        }
        catch (JsonException ex)
        {
            logger.MalformedDispatch(item.Name, item.Sequence, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Anything else one event throws (a payload shape the checks above missed, a bug) costs that event
            // only: a dead worker would leave the bot online but silent.
            logger.ReplyFailed(item.Name, ex);
        }
    }
}
