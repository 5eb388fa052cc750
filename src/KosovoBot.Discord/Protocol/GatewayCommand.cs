namespace KosovoBot.Discord.Protocol;

/// <summary>A gateway payload the bot sends (identify, resume).</summary>
internal sealed record GatewayCommand<TData>
{
    public required GatewayOpCode Op { get; init; }

    public required TData D { get; init; }
}
