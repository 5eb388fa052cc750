namespace KosovoBot.Discord.Protocol;

/// <summary>A gateway payload the bot sends (identify, resume).</summary>
internal sealed record GatewayCommand<TData>
{
    public required int Op { get; init; }

    public required TData D { get; init; }
}
