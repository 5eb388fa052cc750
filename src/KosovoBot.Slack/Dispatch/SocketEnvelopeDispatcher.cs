using System.Text.Json;
using KosovoBot.Slack.Interactivity;
using KosovoBot.Slack.Protocol;
using KosovoBot.Slack.Socket;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// Handles one Socket Mode envelope: acknowledges its <c>envelope_id</c> first (a slash command's answer may
/// ride in the acknowledgement), then hands the payload on: events to the intake, slash commands to their handler,
/// <c>interactive</c> payloads (button clicks, form submissions) to the <see cref="InteractionHandler"/>. A malformed payload is acknowledged, logged and
/// skipped; nothing thrown here reaches the receive loop.
/// </summary>
internal sealed class SocketEnvelopeDispatcher(
    EventIntake events,
    SlashCommandHandler slashCommands,
    InteractionHandler interactions,
    OwnedTasks background,
    IOptions<SlackOptions> options,
    ILogger<SocketEnvelopeDispatcher> logger)
{
    private readonly EventIdCache _slashEnvelopes = new(options.Value.DedupeCapacity);
    private readonly EventIdCache _interactiveEnvelopes = new(options.Value.DedupeCapacity);

    public async Task DispatchAsync(SocketFrame envelope, SocketConnection connection, CancellationToken cancellationToken)
    {
        var envelopeId = envelope.EnvelopeId!;
        try
        {
            if (envelope is SlashCommandsEnvelope)
            {
                await DispatchSlashCommandAsync(envelope, connection, cancellationToken);
                return;
            }

            await AcknowledgeAsync(connection, new SocketAck { EnvelopeId = envelopeId }, envelope.Kind, cancellationToken);
            if (envelope is InteractiveEnvelope)
            {
                // The empty acknowledgement closes a submitted form; a modal must open within 3 s of the click, so the
                // work starts now rather than waiting behind answers in the reply queue.
                if (Parse(envelope, SlackJsonContext.Default.InteractionPayload) is { } interaction && _interactiveEnvelopes.TryAdd(envelopeId))
                {
                    background.Start(() => interactions.HandleAsync(interaction, cancellationToken));
                }

                return;
            }

            if (envelope is not EventsApiEnvelope)
            {
                Log.EnvelopeIgnored(logger, envelope.Kind);
                return;
            }

            var callback = Parse(envelope, SlackJsonContext.Default.EventCallback);
            if (callback is null)
            {
                return;
            }

            events.Accept(callback, envelope.RetryAttempt ?? 0);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            Log.EnvelopeFailed(logger, ex, envelopeId);
        }
    }

    private async Task DispatchSlashCommandAsync(SocketFrame envelope, SocketConnection connection, CancellationToken cancellationToken)
    {
        var envelopeId = envelope.EnvelopeId!;
        var command = Parse(envelope, SlackJsonContext.Default.SlashCommand);
        if (command is null || !_slashEnvelopes.TryAdd(envelopeId))
        {
            await AcknowledgeAsync(connection, new SocketAck { EnvelopeId = envelopeId }, envelope.Kind, cancellationToken);
            return;
        }

        // The answer may take up to the budget; the receive loop must not wait for it.
        background.Start(() => slashCommands.HandleAsync(
            command,
            envelope.AcceptsResponsePayload,
            (reply, ct) => AcknowledgeAsync(connection, new SocketAck { EnvelopeId = envelopeId, Payload = reply }, envelope.Kind, ct),
            cancellationToken));
    }

    private T? Parse<T>(SocketFrame envelope, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
        where T : class
    {
        try
        {
            if (envelope.Payload is not { ValueKind: JsonValueKind.Object } payload)
            {
                throw new JsonException("The envelope payload is not an object.");
            }

            return payload.Deserialize(info) ?? throw new JsonException("The envelope payload is null.");
        }
        catch (JsonException ex)
        {
            Log.MalformedEnvelope(logger, ex, envelope.Kind, envelope.EnvelopeId!);
            return null;
        }
    }

    private async Task AcknowledgeAsync(SocketConnection connection, SocketAck ack, string? type, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(ack, SlackJsonContext.Default.SocketAck);
        await connection.SendAsync(bytes, cancellationToken);
        Log.Acknowledged(logger, ack.EnvelopeId, type);
    }
}
