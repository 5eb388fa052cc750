namespace KosovoBot.Slack.Api;

/// <summary>Holds the identity learned at start-up, for the filters that drop the bot's own messages.</summary>
internal sealed class SlackIdentityStore
{
    private SlackBotIdentity? _identity;

    /// <summary>The identity, or null before <c>auth.test</c> succeeded.</summary>
    public SlackBotIdentity? Current => Volatile.Read(ref _identity);

    public void Set(SlackBotIdentity identity) => Volatile.Write(ref _identity, identity);
}
