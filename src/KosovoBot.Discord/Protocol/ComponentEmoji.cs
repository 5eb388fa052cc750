namespace KosovoBot.Discord.Protocol;

/// <summary>A partial emoji on a button: a Unicode emoji goes in <c>name</c>.</summary>
internal sealed record ComponentEmoji
{
    public required string Name { get; init; }
}
