using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KosovoBot.Core.Telemetry;

/// <summary>
/// The bot's metrics and traces through <see cref="System.Diagnostics"/> only: the host decides whether anything
/// listens (OpenTelemetry's Prometheus exporter) and the projects carry no exporter dependency. One instance per
/// container; every call is cheap when nothing listens.
/// </summary>
public sealed class BotTelemetry : IDisposable
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "KosovoBot";

    // Seconds: chat answers take milliseconds; a model or a slow platform can take several seconds.
    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30];

    private readonly Meter _meter;
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _reloads;
    private readonly Counter<long> _refusedFiles;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, or on an own meter without one.</summary>
    public BotTelemetry(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(Name) ?? new Meter(Name);
        _questions = _meter.CreateCounter<long>("kosovobot.questions", "{question}", "Requests answered, by platform and outcome (answered, declined, error, notice).");
        _answerDuration = _meter.CreateHistogram(
            "kosovobot.answer.duration",
            "s",
            "Time from a request reaching the router to its reply being ready, by platform and outcome.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _reconnects = _meter.CreateCounter<long>("kosovobot.reconnects", "{reconnect}", "Gateway or socket reconnects, by platform and reason.");
        _rateLimited = _meter.CreateCounter<long>("kosovobot.rest.rate_limited", "{response}", "HTTP 429 answers from a platform's REST API.");
        _retries = _meter.CreateCounter<long>("kosovobot.rest.retries", "{retry}", "REST requests sent again, by platform and reason.");
        _reloads = _meter.CreateCounter<long>("kosovobot.knowledge.reloads", "{reload}", "Knowledge loads after start-up.");
        _refusedFiles = _meter.CreateCounter<long>("kosovobot.knowledge.refused_files", "{file}", "Knowledge files refused by a load.");
        ActivitySource = new ActivitySource(Name);
    }

    /// <summary>The meter of every instrument here, for listeners scoped to this instance (tests).</summary>
    public Meter Meter => _meter;

    /// <summary>The source of the per-message activities.</summary>
    public ActivitySource ActivitySource { get; }

    /// <summary>
    /// Starts the activity that spans one incoming message, from the platform event through routing to the reply
    /// sent; null when nothing listens. Dispose it when the reply is sent.
    /// </summary>
    /// <param name="platform">The adapter name.</param>
    /// <param name="kind">What arrived: a message, an interaction, a slash command.</param>
    public Activity? StartMessage(string platform, string kind)
    {
        var activity = ActivitySource.StartActivity("chat " + kind, ActivityKind.Server);
        activity?.SetTag("kosovobot.platform", platform);
        return activity;
    }

    /// <summary>Counts one routed request and its latency.</summary>
    public void RecordQuestion(string platform, QuestionOutcome outcome, TimeSpan duration)
    {
        var tags = new TagList { { "platform", platform }, { "outcome", OutcomeName(outcome) } };
        _questions.Add(1, tags);
        _answerDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>Counts a reconnect of a gateway or socket connection.</summary>
    public void Reconnect(string platform, string reason) =>
        _reconnects.Add(1, new TagList { { "platform", platform }, { "reason", reason } });

    /// <summary>Counts a 429 from a platform's REST API.</summary>
    public void RateLimited(string platform) => _rateLimited.Add(1, new TagList { { "platform", platform } });

    /// <summary>Counts a REST request sent again after a failure (not a 429, which <see cref="RateLimited"/> counts).</summary>
    public void Retry(string platform, string reason) =>
        _retries.Add(1, new TagList { { "platform", platform }, { "reason", reason } });

    /// <summary>Counts a knowledge reload and the files it refused.</summary>
    public void KnowledgeReloaded(int refusedFiles)
    {
        _reloads.Add(1);
        if (refusedFiles > 0)
        {
            _refusedFiles.Add(refusedFiles);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ActivitySource.Dispose();
        _meter.Dispose();
    }

    private static string OutcomeName(QuestionOutcome outcome) => outcome switch
    {
        QuestionOutcome.Answered => "answered",
        QuestionOutcome.Declined => "declined",
        QuestionOutcome.Notice => "notice",
        _ => "error",
    };
}
