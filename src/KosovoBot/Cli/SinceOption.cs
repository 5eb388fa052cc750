using System.CommandLine;
using System.Globalization;

namespace KosovoBot.Cli;

/// <summary><c>--since</c>: how far back a report looks, as <c>30m</c>, <c>12h</c>, <c>7d</c> or <c>4w</c>.</summary>
internal static class SinceOption
{
    /// <summary>
    /// The option; its help names <paramref name="defaultText"/>, which the verb applies when the option is not given
    /// (the value is then null).
    /// </summary>
    public static Option<TimeSpan?> Create(string? defaultText)
    {
        var option = new Option<TimeSpan?>("--since")
        {
            Description = "How far back to look: 30m, 12h, 7d or 4w" + (defaultText is null ? " (default: everything)." : $" (default: {defaultText})."),
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return null;
                }

                var text = result.Tokens[0].Value;

                if (TryParse(text, out var window))
                {
                    return window;
                }

                result.AddError($"--since: '{text}' is not a time like 30m, 12h, 7d or 4w.");
                return null;
            },
        };
        return option;
    }

    /// <summary>Reads a whole number followed by m (minutes), h (hours), d (days) or w (weeks), up to ten years.</summary>
    public static bool TryParse(string text, out TimeSpan window)
    {
        window = default;
        var trimmed = text.Trim();
        if (trimmed.Length < 2
            || !int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || amount < 1)
        {
            return false;
        }

        TimeSpan? parsed = char.ToLowerInvariant(trimmed[^1]) switch
        {
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            'w' => TimeSpan.FromDays(7.0 * amount),
            _ => null,
        };
        if (parsed is not { } value || value > TimeSpan.FromDays(3653))
        {
            return false;
        }

        window = value;
        return true;
    }
}
