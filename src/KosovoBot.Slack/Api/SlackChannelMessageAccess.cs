using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Text;

namespace KosovoBot.Slack.Api;

/// <summary>
/// Tells <c>/kosovobot channel questions</c> when the bot cannot read every message of a channel: its token lacks the
/// scope that Slack's message events need there (<c>channels:history</c> for public channels, <c>groups:history</c> for
/// private ones), as the <c>X-OAuth-Scopes</c> header of <c>auth.test</c> reported. Whether the app subscribes to the
/// events themselves cannot be asked, so the hint names them too.
/// </summary>
internal sealed class SlackChannelMessageAccess(SlackIdentityStore identity) : IChannelMessageAccess
{
    public string Platform => SlackChatAdapter.PlatformName;

    public Task<string?> MissingAsync(ChatOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (identity.Current?.Scopes is not { } scopes)
        {
            return Task.FromResult<string?>(null);
        }

        // Private channel ids start with G on older workspaces; the scope for them is groups:history.
        var (scope, slackEvent) = origin.ChannelId.StartsWith('G') ? ("groups:history", "message.groups") : ("channels:history", "message.channels");
        return Task.FromResult(scopes.Contains(scope) ? null : BotText.Format(BotMessages.SlackCannotReadChannel, scope, slackEvent));
    }
}
