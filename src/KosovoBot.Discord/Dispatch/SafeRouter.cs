using KosovoBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Discord.Dispatch;

/// <summary>Asks the router, turning its failure into a private error reply instead of silence.</summary>
internal static class SafeRouter
{
    public static async Task<ChatReply> RouteAsync(IChatRouter router, ChatRequest request, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await router.RouteAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.ReplyFailed("request", ex);
            return ChatReply.Error(KosovoBot.Core.Text.BotMessages.DiscordFailed);
        }
    }
}
