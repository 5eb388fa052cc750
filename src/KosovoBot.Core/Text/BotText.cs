using System.Globalization;

namespace KosovoBot.Core.Text;

/// <summary>Fills a <see cref="BotMessages"/> sentence's placeholders the same way whatever the machine's culture.</summary>
public static class BotText
{
    /// <summary><paramref name="format"/> (a <see cref="BotMessages"/> property) with <paramref name="args"/> in its placeholders.</summary>
    public static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
