namespace KosovoBot.Core.Chat;

/// <summary>The one entry point every adapter hands its requests to.</summary>
public interface IChatRouter
{
    /// <summary>Dispatches <paramref name="request"/> to its command and returns the reply to render.</summary>
    Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken);
}
