using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Control;

/// <summary>What the adapters ask before answering: how the bot speaks in a channel, and whether answers carry 👍/👎.</summary>
public sealed class ChannelSettings(ISettingsStore store)
{
    /// <summary>
    /// The mode of the channel <paramref name="origin"/> names; DMs, the console and channels outside a server are
    /// always <see cref="ChannelMode.MentionOnly"/> (every DM is addressed to the bot). A thread without a mode of its
    /// own follows the channel it was started in (<see cref="ChatOrigin.ParentChannelId"/>).
    /// </summary>
    public async Task<ChannelMode> ModeAsync(ChatOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (origin.IsDirectMessage || origin.ServerId is not { } server)
        {
            return ChannelMode.MentionOnly;
        }

        var stored = await store.GetAsync(new SettingScope(origin.Platform, server, origin.ChannelId), SettingNames.Channel, cancellationToken);
        if (stored is null && origin.ParentChannelId is { } parent)
        {
            stored = await store.GetAsync(new SettingScope(origin.Platform, server, parent), SettingNames.Channel, cancellationToken);
        }

        return ChannelModes.TryParse(stored, out var mode) ? mode : ChannelMode.MentionOnly;
    }

    /// <summary>True unless the server turned the 👍/👎 buttons off.</summary>
    public async Task<bool> FeedbackButtonsAsync(ChatOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (origin.ServerId is not { } server)
        {
            return true;
        }

        var stored = await store.GetAsync(new SettingScope(origin.Platform, server), SettingNames.Feedback, cancellationToken);
        return !string.Equals(stored, "off", StringComparison.OrdinalIgnoreCase);
    }
}
