namespace KosovoBot.Slack.Protocol;

/// <summary>The body of <c>chat.postEphemeral</c>: a message only <see cref="User"/> sees, in <see cref="Channel"/>.</summary>
internal sealed record PostEphemeralRequest
{
    public required string Channel { get; init; }

    public required string User { get; init; }

    /// <summary>The notification fallback; always set when blocks are.</summary>
    public required string Text { get; init; }

    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>The parent message's ts, to show it in that thread.</summary>
    public string? ThreadTs { get; init; }
}
