namespace KosovoBot.Discord.Protocol;

/// <summary>Makes a message a reply; <c>fail_if_not_exists: false</c> still posts when the original was deleted.</summary>
internal sealed record MessageReference
{
    public required string MessageId { get; init; }

    public bool FailIfNotExists { get; init; }
}
