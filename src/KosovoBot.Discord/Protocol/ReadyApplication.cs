namespace KosovoBot.Discord.Protocol;

/// <summary>The partial application object in READY.</summary>
internal sealed record ReadyApplication
{
    public required string Id { get; init; }
}
