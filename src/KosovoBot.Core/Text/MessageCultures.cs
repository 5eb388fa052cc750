using System.Globalization;

namespace KosovoBot.Core.Text;

/// <summary>
/// The translations of <see cref="BotMessages"/> built into the bot (satellite assemblies beside it, one folder per
/// culture) and the choice of one for every sentence the bot shows.
/// </summary>
public static class MessageCultures
{
    /// <summary>The culture of <c>BotMessages.resx</c> itself, always available.</summary>
    public const string Neutral = "en";

    private const string SatelliteFileName = "KosovoBot.Core.resources.dll";

    /// <summary>The cultures that can be chosen: <see cref="Neutral"/> and each built-in translation, in order.</summary>
    public static IReadOnlyList<string> Available()
    {
        var folder = Path.GetDirectoryName(typeof(BotMessages).Assembly.Location);
        var translations = string.IsNullOrEmpty(folder) || !Directory.Exists(folder)
            ? []
            : Directory.EnumerateDirectories(folder)
                .Where(d => File.Exists(Path.Combine(d, SatelliteFileName)))
                .Select(Path.GetFileName)
                .OfType<string>();
        return [.. translations.Append(Neutral).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// The culture whose sentences the bot reads for the setting <paramref name="name"/>: its own translation, else
    /// that of the language it belongs to (<c>en-GB</c> reads <c>en</c>, <c>sq-AL</c> reads <c>sq</c>); null when the
    /// bot has neither. Empty is <see cref="Neutral"/>. The parent is found from the name, because with invariant
    /// globalization a culture knows no parent.
    /// </summary>
    public static CultureInfo? Find(string? name)
    {
        var candidate = string.IsNullOrWhiteSpace(name) ? Neutral : name.Trim();
        while (candidate.Length > 0)
        {
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(candidate);
            }
            catch (CultureNotFoundException)
            {
                return null;
            }

            if (culture.Name.Equals(Neutral, StringComparison.OrdinalIgnoreCase)
                || BotMessages.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is not null)
            {
                return culture;
            }

            var dash = candidate.LastIndexOf('-');
            candidate = dash > 0 ? candidate[..dash] : string.Empty;
        }

        return null;
    }

    /// <summary>Makes every <see cref="BotMessages"/> sentence read the translation <paramref name="options"/> names.</summary>
    /// <exception cref="ArgumentException">The culture has no built-in translation (the validator reports it first).</exception>
    public static void Use(MessagesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        BotMessages.Culture = Find(options.Culture)
            ?? throw new ArgumentException($"{MessagesOptions.SectionName}:Culture '{options.Culture}' has no built-in translation.", nameof(options));
    }
}
