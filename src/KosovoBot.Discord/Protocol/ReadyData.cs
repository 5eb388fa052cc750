namespace KosovoBot.Discord.Protocol;

/// <summary>The READY dispatch: only the fields the bot keeps; unknown keys are ignored.</summary>
internal sealed record ReadyData
{
    public required DiscordUser User { get; init; }

    public required string SessionId { get; init; }

    public required string ResumeGatewayUrl { get; init; }

    public ReadyApplication? Application { get; init; }
}
