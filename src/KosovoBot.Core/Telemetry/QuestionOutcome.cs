namespace KosovoBot.Core.Telemetry;

/// <summary>How a routed request ended, for the metrics.</summary>
public enum QuestionOutcome
{
    /// <summary>An answer, timeline, quotes, sources or help.</summary>
    Answered,

    /// <summary>The knowledge does not answer it.</summary>
    Declined,

    /// <summary>A usage error or a failure.</summary>
    Error,

    /// <summary>A private notice instead of an answer: a limit reached, a setting changed, a refusal to a non-admin.</summary>
    Notice,
}
