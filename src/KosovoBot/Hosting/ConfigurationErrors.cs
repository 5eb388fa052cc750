namespace KosovoBot.Hosting;

/// <summary>Turns options validation failures into one operator-facing message naming the settings.</summary>
internal static class ConfigurationErrors
{
    /// <summary>True when <paramref name="exception"/> is (or wraps) an options validation failure.</summary>
    public static bool TryDescribe(Exception exception, out string message)
    {
        // Validators name the setting and never echo its value, so the messages are safe to print.
        var lines = ConfigurationProblems.Describe(exception);
        message = string.Join(Environment.NewLine, lines.Select(line => "KosovoBot cannot start: " + line));
        return lines.Count > 0;
    }
}
