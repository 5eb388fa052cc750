using KosovoBot.Slack.Protocol;

namespace KosovoBot.Slack.Rendering;

/// <summary>A reply rendered for Slack: the notification fallback text and the blocks.</summary>
/// <param name="Text">Plain fallback, escaped.</param>
/// <param name="Blocks">At most 50 blocks.</param>
/// <param name="IsPrivate">True when only the asker should see it.</param>
internal sealed record RenderedMessage(string Text, IReadOnlyList<Block> Blocks, bool IsPrivate)
{
    /// <summary>As a <c>chat.postMessage</c> body, with unfurling off.</summary>
    public PostMessageRequest ToPostMessage(string channel, string? threadTs) => new()
    {
        Channel = channel,
        Text = Text,
        Blocks = Blocks,
        ThreadTs = threadTs,
        UnfurlLinks = false,
        UnfurlMedia = false,
    };

    /// <summary>As a slash command reply: <c>in_channel</c>, or <c>ephemeral</c> when private.</summary>
    public SlashCommandResponse ToSlashResponse() => new()
    {
        ResponseType = IsPrivate ? SlashCommandResponse.Ephemeral : SlashCommandResponse.InChannel,
        Text = Text,
        Blocks = Blocks,
    };
}
