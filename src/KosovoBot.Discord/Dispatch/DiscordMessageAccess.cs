using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;
using Microsoft.Extensions.Options;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Tells <c>/kosovobot channel questions</c> whether the bot reads every message: only with the privileged Message
/// Content intent (<see cref="DiscordOptions.MessageContent"/>); without it Discord sends the text of messages that
/// mention the bot only.
/// </summary>
internal sealed class DiscordMessageAccess(IOptions<DiscordOptions> options) : IChannelMessageAccess
{
    public string Platform => DiscordClientInfo.Platform;

    public Task<string?> MissingAsync(ChatOrigin origin, CancellationToken cancellationToken) =>
        Task.FromResult(options.Value.MessageContent ? null : BotMessages.DiscordNoMessageContent);
}
