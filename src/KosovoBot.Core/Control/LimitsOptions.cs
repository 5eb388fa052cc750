namespace KosovoBot.Core.Control;

/// <summary>
/// How many questions the bot answers before asking people to wait (section <c>Limits</c>); a server's admins can
/// change both with <c>/kosovobot limits</c>. 0 means no limit.
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Limits";

    /// <summary>The most a limit can be set to, in settings and with <c>/kosovobot limits</c>.</summary>
    public const int Max = 100_000;

    /// <summary>Questions one user may ask per minute in one server (0-100000; 0: no limit).</summary>
    public int UserPerMinute { get; set; } = 5;

    /// <summary>Questions one server may ask per hour, all its users together (0-100000; 0: no limit).</summary>
    public int ServerPerHour { get; set; } = 100;
}
