using System.Diagnostics;
using System.Diagnostics.Metrics;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace KosovoBot.Core.Tests.Telemetry;

public sealed class InstrumentedChatRouterTests : IDisposable
{
    private static readonly ChatOrigin Slack = new("slack", "C1", "U1", IsDirectMessage: false);

    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _time = new();
    private readonly BotTelemetry _telemetry;
    private readonly MetricCollector<long> _questions;
    private readonly MetricCollector<double> _durations;

    public InstrumentedChatRouterTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _telemetry = new BotTelemetry(meters);
        _questions = new MetricCollector<long>(meters, BotTelemetry.Name, "kosovobot.questions");
        _durations = new MetricCollector<double>(meters, BotTelemetry.Name, "kosovobot.answer.duration");
    }

    [Theory]
    [InlineData(ReplyKind.Answer, "answered")]
    [InlineData(ReplyKind.Timeline, "answered")]
    [InlineData(ReplyKind.NoAnswer, "declined")]
    [InlineData(ReplyKind.Error, "error")]
    [InlineData(ReplyKind.Notice, "notice")]
    public async Task RouteAsync_Reply_CountsItByPlatformAndOutcomeWithItsDuration(ReplyKind kind, string outcome)
    {
        var router = Instrumented(_ =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(250));
            return new ChatReply { Kind = kind, Text = "reply" };
        });

        var reply = await router.RouteAsync(Request(), CancellationToken.None);

        Assert.Equal(kind, reply.Kind);
        var counted = Assert.Single(_questions.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal("slack", counted.Tags["platform"]);
        Assert.Equal(outcome, counted.Tags["outcome"]);
        var timed = Assert.Single(_durations.GetMeasurementSnapshot());
        Assert.Equal(0.25, timed.Value, precision: 6);
    }

    [Fact]
    public async Task RouteAsync_RouterThrows_CountsAnErrorAndRethrows()
    {
        var router = Instrumented(_ => throw new InvalidOperationException("index unavailable"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => router.RouteAsync(Request(), CancellationToken.None));

        Assert.Equal("error", Assert.Single(_questions.GetMeasurementSnapshot()).Tags["outcome"]);
    }

    [Fact]
    public async Task RouteAsync_InsideAMessageActivity_RoutesInAChildActivity()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => ReferenceEquals(source, _telemetry.ActivitySource),
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var router = Instrumented(_ => new ChatReply { Kind = ReplyKind.Answer, Text = "reply" });

        using (var message = _telemetry.StartMessage("slack", "message"))
        {
            await router.RouteAsync(Request(), CancellationToken.None);
        }

        Assert.Equal(["route", "chat message"], stopped.Select(static a => a.DisplayName));
        Assert.Equal(stopped[1].SpanId, stopped[0].ParentSpanId);
        Assert.Equal("slack", stopped[1].GetTagItem("kosovobot.platform"));
        Assert.Equal("Answer", stopped[0].GetTagItem("kosovobot.reply"));
    }

    public void Dispose()
    {
        _questions.Dispose();
        _durations.Dispose();
        _telemetry.Dispose();
        _services.Dispose();
    }

    private static ChatRequest Request() => new() { Text = "when does the bridge reopen?", Origin = Slack };

    private InstrumentedChatRouter Instrumented(Func<ChatRequest, ChatReply> route) => new(new StubRouter(route), _telemetry, _time);

    private sealed class StubRouter(Func<ChatRequest, ChatReply> route) : IChatRouter
    {
        public Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken) => Task.FromResult(route(request));
    }
}
