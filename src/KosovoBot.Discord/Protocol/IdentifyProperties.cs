namespace KosovoBot.Discord.Protocol;

/// <summary>The connection properties Identify carries.</summary>
internal sealed record IdentifyProperties
{
    public required string Os { get; init; }

    public required string Browser { get; init; }

    public required string Device { get; init; }
}
