using System.Globalization;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Discord drops an interaction whose first response comes more than 3 seconds after it was created, and the
/// creation time is in its id (a snowflake). The window is counted from there, not from when the bot got to it,
/// so that time spent queued or in transit counts too.
/// </summary>
internal static class InteractionWindow
{
    /// <summary>How long after its creation an interaction accepts its first response.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromSeconds(3);

    private static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The moment the first response must have been sent by. A snowflake that is unreadable or lies in the future
    /// (a clock behind Discord's) gives the full window from <paramref name="now"/>.
    /// </summary>
    public static DateTimeOffset DeadlineFor(string interactionId, DateTimeOffset now)
    {
        var latest = now + Length;
        if (!ulong.TryParse(interactionId, NumberStyles.None, CultureInfo.InvariantCulture, out var snowflake))
        {
            return latest;
        }

        var created = DiscordEpoch + TimeSpan.FromMilliseconds(snowflake >> 22);
        var deadline = created + Length;
        return deadline < latest ? deadline : latest;
    }
}
