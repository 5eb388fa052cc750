using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Control;

/// <summary>
/// Registered by an adapter: whether the bot can read every message of a channel, which a
/// <see cref="ChannelMode.Questions"/> channel needs (Discord's Message Content intent, Slack's
/// <c>message.channels</c> event). <c>/kosovobot channel questions</c> shows its hint to the admin.
/// </summary>
public interface IChannelMessageAccess
{
    /// <summary>The adapter name this check is for (<c>discord</c>, <c>slack</c>).</summary>
    string Platform { get; }

    /// <summary>
    /// Null when the bot can read every message in <paramref name="origin"/>'s channel; otherwise one sentence (from
    /// <c>BotMessages</c>) saying what is missing and how to turn it on.
    /// </summary>
    Task<string?> MissingAsync(ChatOrigin origin, CancellationToken cancellationToken);
}
