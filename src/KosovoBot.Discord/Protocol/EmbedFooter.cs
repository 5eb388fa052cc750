namespace KosovoBot.Discord.Protocol;

/// <summary>An embed footer.</summary>
internal sealed record EmbedFooter
{
    public required string Text { get; init; }
}
