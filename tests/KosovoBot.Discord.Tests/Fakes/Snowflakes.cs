using System.Globalization;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>Discord ids made for a moment: the creation time sits in the top bits, counted from 2015.</summary>
internal static class Snowflakes
{
    private static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string At(DateTimeOffset created, int increment = 0) =>
        ((((long)(created - DiscordEpoch).TotalMilliseconds) << 22) | (long)increment).ToString(CultureInfo.InvariantCulture);
}
