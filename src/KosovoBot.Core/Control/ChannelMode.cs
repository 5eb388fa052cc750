namespace KosovoBot.Core.Control;

/// <summary>How the bot speaks in one channel, set by a server's admins with <c>/kosovobot channel</c>.</summary>
public enum ChannelMode
{
    /// <summary>Answers only when mentioned (and in DMs, threads it answered in, slash commands). The default.</summary>
    MentionOnly,

    /// <summary>Answers every message in the channel that is a question, without a mention.</summary>
    Questions,

    /// <summary>Does not answer in the channel; <c>/kosovobot</c> still works for admins.</summary>
    Off,
}
