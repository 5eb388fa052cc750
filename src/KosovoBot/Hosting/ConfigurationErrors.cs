using Microsoft.Extensions.Options;

namespace KosovoBot.Hosting;

/// <summary>Turns options validation failures into one operator-facing message naming the settings.</summary>
internal static class ConfigurationErrors
{
    /// <summary>True when <paramref name="exception"/> is (or wraps) an options validation failure.</summary>
    public static bool TryDescribe(Exception exception, out string message)
    {
        var failures = exception switch
        {
            OptionsValidationException single => [single],
            AggregateException many => many.Flatten().InnerExceptions.OfType<OptionsValidationException>().ToList(),
            _ => [],
        };

        // Validators name the setting and never echo its value, so the messages are safe to print.
        message = string.Join(" ", failures.SelectMany(f => f.Failures));
        return failures.Count > 0;
    }
}
