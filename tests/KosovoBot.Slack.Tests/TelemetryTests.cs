using KosovoBot.Core.Health;
using KosovoBot.Core.Telemetry;
using KosovoBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace KosovoBot.Slack.Tests;

/// <summary>What the Slack adapter reports for <c>/readyz</c> and <c>/metrics</c>.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task SocketMode_Hello_ReportsSlackConnected()
    {
        await using var h = await SlackAdapterHarness.StartAsync();
        var states = h.Services.GetRequiredService<AdapterConnections>();
        var before = states.IsConnected("slack");

        var socket = await h.AcceptConnectionAsync();
        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "connected?"), h.Timeout);
        await h.NextPostAsync();

        Assert.False(before);
        Assert.True(states.IsConnected("slack"));
    }

    [Fact]
    public async Task PostMessage_RateLimitedThenServerError_CountsThe429AndTheRetry()
    {
        await using var h = await SlackAdapterHarness.StartAsync(
            new() { ["Slack:InitialBackoff"] = "00:00:01" },
            arrangeSlack: slack => slack.ScriptNextPost(503, "upstream unavailable"));
        var telemetry = h.Services.GetRequiredService<BotTelemetry>();
        using var retries = new MetricCollector<long>(telemetry.Meter, "kosovobot.rest.retries");
        using var limited = new MetricCollector<long>(telemetry.Meter, "kosovobot.rest.rate_limited");
        var socket = await h.AcceptConnectionAsync();

        await socket.SendAsync(Envelopes.AppMention("env-1", "Ev1", "flaky?"), h.Timeout);
        Assert.Equal(503, await h.Slack.ScriptedPostsServed.ReadAsync(h.Timeout));
        var delay = await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1.25), h.Timeout);
        h.Time.Advance(delay);
        await h.NextPostAsync();

        h.Slack.RateLimitNextPost();
        await socket.SendAsync(Envelopes.AppMention("env-2", "Ev2", "limited?", ts: "1610241742.000001"), h.Timeout);
        Assert.Equal(429, await h.Slack.ScriptedPostsServed.ReadAsync(h.Timeout));
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), h.Timeout);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.NextPostAsync();

        var retry = Assert.Single(retries.GetMeasurementSnapshot());
        Assert.Equal("slack", retry.Tags["platform"]);
        Assert.Equal("HTTP 503", retry.Tags["reason"]);
        Assert.Equal("slack", Assert.Single(limited.GetMeasurementSnapshot()).Tags["platform"]);
    }
}
