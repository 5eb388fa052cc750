namespace KosovoBot.Slack.Protocol;

/// <summary>The body of <c>chat.postMessage</c>.</summary>
internal sealed record PostMessageRequest
{
    public required string Channel { get; init; }

    /// <summary>The notification fallback; always set when blocks are.</summary>
    public required string Text { get; init; }

    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>The parent message's ts, so the reply goes into its thread.</summary>
    public string? ThreadTs { get; init; }

    public bool UnfurlLinks { get; init; }

    public bool UnfurlMedia { get; init; }
}
