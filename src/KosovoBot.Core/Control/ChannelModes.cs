namespace KosovoBot.Core.Control;

/// <summary>Reads and writes a <see cref="ChannelMode"/> as the words admins type.</summary>
public static class ChannelModes
{
    /// <summary>The stored word for <paramref name="mode"/>.</summary>
    public static string ToText(ChannelMode mode) => mode switch
    {
        ChannelMode.Off => "off",
        ChannelMode.Questions => "questions",
        _ => "mention-only",
    };

    /// <summary>Parses <c>on</c>, <c>off</c>, <c>mention-only</c> or <c>questions</c> (any case); false otherwise.</summary>
    public static bool TryParse(string? text, out ChannelMode mode)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "on" or "mention-only" or "mention":
                mode = ChannelMode.MentionOnly;
                return true;
            case "questions":
                mode = ChannelMode.Questions;
                return true;
            case "off":
                mode = ChannelMode.Off;
                return true;
            default:
                mode = ChannelMode.MentionOnly;
                return false;
        }
    }
}
