namespace KosovoBot.Discord.Protocol;

/// <summary>Op 6 payload.</summary>
internal sealed record ResumeData
{
    public required string Token { get; init; }

    public required string SessionId { get; init; }

    public required int? Seq { get; init; }
}
