using System.Text.Json;
using KosovoBot.Core.Chat;
using KosovoBot.Discord.Commands;
using KosovoBot.Discord.Dispatch;
using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord;

/// <summary>
/// The Discord adapter: runs the gateway session, the dispatcher lanes and the one-time command registration
/// as loops it owns, and awaits all of them before it returns.
/// </summary>
internal sealed class DiscordChatAdapter(
    GatewayClient gateway,
    DiscordDispatcher dispatcher,
    CommandRegistrar registrar,
    GatewaySessionState state,
    ILogger<DiscordChatAdapter> logger) : IChatAdapter
{
    public string Name => DiscordClientInfo.Platform;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var dispatching = dispatcher.RunAsync(stop.Token);
        var registering = RegisterCommandsAsync(stop.Token);
        try
        {
            await gateway.RunAsync(stop.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
        catch (DiscordRestException ex) when (ex.Status is 401 or 403)
        {
            throw new ChatAdapterFatalException(
                "Discord rejected Discord:Token (HTTP 401): copy the current bot token from the Developer Portal (Bot > Reset Token).", ex);
        }
        finally
        {
            await stop.CancelAsync();
            await dispatching;
            await registering;
            logger.Stopped();
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var applicationId = await state.ApplicationId.WaitAsync(cancellationToken);
            await registrar.RegisterAsync(applicationId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before the first READY.
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or JsonException)
        {
            logger.CommandRegistrationFailed(ex);
        }
    }
}
