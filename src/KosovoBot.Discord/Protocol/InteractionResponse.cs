namespace KosovoBot.Discord.Protocol;

/// <summary>Body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
internal sealed record InteractionResponse
{
    public required InteractionCallbackType Type { get; init; }

    public InteractionCallbackData? Data { get; init; }
}
