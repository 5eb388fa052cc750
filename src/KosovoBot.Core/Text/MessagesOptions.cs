namespace KosovoBot.Core.Text;

/// <summary>Which translation of <c>BotMessages.resx</c> the bot speaks (section <c>Messages</c>).</summary>
public sealed class MessagesOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Messages";

    /// <summary>
    /// The culture of the sentences, e.g. <c>sq</c> for a built-in <c>BotMessages.sq.resx</c>; <c>en</c> (the
    /// default) or empty is the English file.
    /// </summary>
    public string? Culture { get; set; } = MessageCultures.Neutral;
}
