using System.Text.Json;
using System.Threading.Channels;
using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Protocol;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Takes dispatches off the receive loop and handles them in two ordered lanes, messages and interactions,
/// so that a reply waiting out a rate limit never holds an interaction past its 3-second window and the
/// socket keeps reading heartbeat ACKs. A failing event is logged and skipped; the lanes keep running.
/// </summary>
internal sealed class DiscordDispatcher(
    MessageHandler messages,
    InteractionHandler interactions,
    ILogger<DiscordDispatcher> logger) : IDispatchSink
{
    private readonly Channel<DispatchEvent> _messageLane = Channel.CreateUnbounded<DispatchEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<DispatchEvent> _interactionLane = Channel.CreateUnbounded<DispatchEvent>(new UnboundedChannelOptions { SingleReader = true });

    public void Post(string eventName, int? sequence, JsonElement data)
    {
        var lane = eventName switch
        {
            "MESSAGE_CREATE" => _messageLane,
            "INTERACTION_CREATE" => _interactionLane,
            _ => null,
        };
        lane?.Writer.TryWrite(new DispatchEvent(eventName, sequence, data));
    }

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(
            RunLaneAsync(_messageLane.Reader, HandleMessageAsync, cancellationToken),
            RunLaneAsync(_interactionLane.Reader, HandleInteractionAsync, cancellationToken));

    private async Task HandleMessageAsync(DispatchEvent item, CancellationToken cancellationToken)
    {
        var message = item.Data.Deserialize(DiscordJsonContext.Default.MessageCreateData)
            ?? throw new JsonException("MESSAGE_CREATE without data.");
        await messages.HandleAsync(message, cancellationToken);
    }

    private async Task HandleInteractionAsync(DispatchEvent item, CancellationToken cancellationToken)
    {
        var interaction = item.Data.Deserialize(DiscordJsonContext.Default.InteractionData)
            ?? throw new JsonException("INTERACTION_CREATE without data.");
        await interactions.HandleAsync(interaction, cancellationToken);
    }

    private async Task RunLaneAsync(
        ChannelReader<DispatchEvent> reader,
        Func<DispatchEvent, CancellationToken, Task> handle,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    await handle(item, cancellationToken);
                }
                catch (JsonException ex)
                {
                    logger.MalformedDispatch(item.Name, item.Sequence, ex);
                }
                catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or InvalidOperationException)
                {
                    logger.ReplyFailed(item.Name, ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down; whatever is still queued is dropped with the session.
        }
    }
}
